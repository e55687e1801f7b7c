import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumObject, type Actielijn, type Ministry, type PartnerType, type VastloperCategory } from '@doorbraak/domain';
import { MinistryEnum, PartnerTypeEnum } from '@doorbraak/server-alliances';
import {
  ActielijnEnum,
  AllianceNamed,
  AllianceOpenPerRung,
  OPEN_AGE_BUCKETS,
  RungCount,
  VastloperCategoryEnum,
  type OpenAgeBucket,
} from '@doorbraak/server-vastlopers';

export const OpenAgeBucketEnum = enumObject(OPEN_AGE_BUCKETS);
registerEnumType(OpenAgeBucketEnum, {
  name: 'OpenAgeBucket',
  description: 'How long an open vastloper has been open since it was reported, in calendar months (Europe/Amsterdam)',
});

@ObjectType({ description: 'How many open vastlopers have been open this long' })
export class AgeBucketCount {
  @Field(() => OpenAgeBucketEnum)
  bucket: OpenAgeBucket;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'One calendar month (Europe/Amsterdam): escalations up the ladder and vastlopers resolved' })
export class MonthFlow {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int, { description: 'Moves one or more rungs up, by the stall clock or by hand' })
  escalations: number;

  @Field(() => Int)
  resolutions: number;
}

// Vastlopers of one kind, keyed by the subclass: open now, and resolved.
@ObjectType({ isAbstract: true })
abstract class OpenAndResolved {
  @Field(() => Int, { description: 'Open or in behandeling' })
  open: number;

  @Field(() => Int)
  resolved: number;
}

@ObjectType({ description: 'Vastlopers of one actielijn: open now, and resolved' })
export class ActielijnCount extends OpenAndResolved {
  @Field(() => ActielijnEnum)
  actielijn: Actielijn;
}

@ObjectType({ description: 'Vastlopers of one category: open now, and resolved' })
export class CategoryCount extends OpenAndResolved {
  @Field(() => VastloperCategoryEnum)
  category: VastloperCategory;
}

@ObjectType({ description: 'Overdue action items of one partner; no partner when neither the commitment nor its owner names one' })
export class PartnerOverdueCount {
  @Field(() => ID, { nullable: true })
  partnerId: string | null;

  @Field(() => String, { nullable: true })
  partnerName: string | null;

  @Field(() => PartnerTypeEnum, { nullable: true })
  partnerType: PartnerType | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Overdue action items of one kind of partner; no type for those without a partner' })
export class PartnerTypeOverdueCount {
  @Field(() => PartnerTypeEnum, { nullable: true })
  partnerType: PartnerType | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'The figures of the vastlopers and action items the caller may see, counted in the database' })
export class DashboardFigures {
  @Field(() => Int, { description: 'Open or in behandeling' })
  open: number;

  @Field(() => Int)
  parked: number;

  @Field(() => [RungCount], { description: 'Open vastlopers at every rung, bottom to top' })
  perRung: RungCount[];

  @Field(() => [AgeBucketCount], { description: 'Open vastlopers by how long they have been open, youngest first' })
  ageOfOpen: AgeBucketCount[];

  @Field(() => [MonthFlow], { description: 'This month and the eleven before it, oldest first' })
  perMonth: MonthFlow[];

  @Field(() => [ActielijnCount])
  perActielijn: ActielijnCount[];

  @Field(() => [CategoryCount])
  perCategory: CategoryCount[];

  @Field(() => Int, { description: 'Open action items past their due date' })
  overdueActionItems: number;
}

@ObjectType({ description: "One alliance's dashboard" })
export class AllianceDashboard extends AllianceNamed {
  @Field(() => DashboardFigures)
  figures: DashboardFigures;

  @Field(() => [PartnerOverdueCount], { description: 'Most overdue first' })
  overdueActionItemsPerPartner: PartnerOverdueCount[];
}

@ObjectType({ description: 'One area in the national comparison' })
export class AreaFigures extends AllianceOpenPerRung {
  @Field(() => Int)
  overdueActionItems: number;
}

@ObjectType({ description: 'Open vastlopers of one category' })
export class CategoryOpenCount {
  @Field(() => VastloperCategoryEnum)
  category: VastloperCategory;

  @Field(() => Int)
  open: number;
}

@ObjectType({ description: 'One row of the heat map: the open vastlopers of one area in every category' })
export class AreaCategoryCounts extends AllianceNamed {
  @Field(() => [CategoryOpenCount], { description: 'Every category, in the order of the programme' })
  perCategory: CategoryOpenCount[];
}

@ObjectType({ description: 'Open vastlopers owned by one ministry; no ministry for those no ministry owns' })
export class MinistryOpenCount {
  @Field(() => MinistryEnum, { nullable: true })
  ministry: Ministry | null;

  @Field(() => Int)
  open: number;
}

@ObjectType({ description: 'Open vastlopers whose legal reference names one law (an item naming two laws counts for both)' })
export class LawOpenCount {
  @Field({ description: 'The law as the legal reference names it, without the article' })
  law: string;

  @Field(() => Int)
  open: number;
}

@ObjectType({ description: 'A ministry with open vastlopers waiting on its answer at the rijksvertegenwoordiger rung or above' })
export class MinistryWaiting {
  @Field(() => MinistryEnum)
  ministry: Ministry;

  @Field(() => Int, { description: 'Open vastlopers it has not answered' })
  waiting: number;

  @Field({ description: 'Since when the longest-waiting of them has waited: since it reached the ministry, or else its rung' })
  oldestSince: Date;

  @Field(() => Int, { description: 'Calendar days (Europe/Amsterdam) the longest-waiting of them has waited' })
  oldestDays: number;
}

@ObjectType({ description: 'The national dashboard: the areas side by side and the national totals' })
export class NationalDashboard {
  @Field(() => DashboardFigures)
  totals: DashboardFigures;

  @Field(() => [AreaFigures], { description: 'In the order of the programme' })
  areas: AreaFigures[];

  @Field(() => [PartnerTypeOverdueCount], { description: 'Most overdue first' })
  overdueActionItemsPerPartnerType: PartnerTypeOverdueCount[];

  @Field(() => [AreaCategoryCounts], { description: 'Open vastlopers per area and category; the areas in the order of the programme' })
  heatMap: AreaCategoryCounts[];

  @Field(() => [MinistryOpenCount], { description: 'Every ministry, then the items no ministry owns' })
  openPerMinistry: MinistryOpenCount[];

  @Field(() => [LawOpenCount], { description: 'The laws named by most open vastlopers, at most 15, most first' })
  openPerLaw: LawOpenCount[];

  @Field(() => [MinistryWaiting], { description: 'Ministries that have kept open vastlopers waiting, longest first' })
  unansweredMinistries: MinistryWaiting[];
}
