import { Field, ID, InputType } from '@nestjs/graphql';
import {
  TEXT_RULES,
  type Actielijn,
  type AnswerFlag,
  type DoorbraakKind,
  type DoorbraakStatus,
  type EscalationRung,
  type Ministry,
  type Remedy,
  type VastloperCategory,
  type VastloperStatus,
} from '@doorbraak/domain';
import { MinistryEnum } from '@doorbraak/server-alliances';
import { TextField } from '@doorbraak/server-core';
import { AnswerFlagEnum, EscalationRungEnum } from '@doorbraak/server-escalation';
import { ActielijnEnum, DoorbraakKindEnum, DoorbraakStatusEnum, RemedyEnum, VastloperCategoryEnum, VastloperStatusEnum } from './enums';

@InputType()
export class CreateVastloperInput {
  @Field(() => ID)
  allianceId: string;

  @TextField(TEXT_RULES.title)
  title: string;

  @TextField(TEXT_RULES.description, { nullable: true })
  description?: string;

  @Field(() => VastloperCategoryEnum)
  category: VastloperCategory;

  @Field(() => ActielijnEnum)
  actielijn: Actielijn;

  @Field(() => ID, { nullable: true, description: 'Defaults to the caller' })
  ownerId?: string | null;

  @Field(() => MinistryEnum, { nullable: true })
  owningMinistry?: Ministry | null;

  @TextField(TEXT_RULES.legalReference, { nullable: true, description: 'Law and article, such as "Participatiewet art. 31"' })
  legalReference?: string | null;

  @Field(() => RemedyEnum, { nullable: true })
  remedy?: Remedy | null;

  @Field({ nullable: true, defaultValue: false })
  confidential?: boolean;
}

@InputType({ description: 'Only the fields given change; none of them is progress, so the stall clock keeps running' })
export class UpdateVastloperInput {
  @Field(() => ID)
  id: string;

  @TextField(TEXT_RULES.title, { nullable: true })
  title?: string;

  @TextField(TEXT_RULES.description, { nullable: true })
  description?: string;

  @Field(() => VastloperCategoryEnum, { nullable: true })
  category?: VastloperCategory;

  @Field(() => ActielijnEnum, { nullable: true })
  actielijn?: Actielijn;

  @Field(() => ID, { nullable: true })
  ownerId?: string;

  @Field(() => MinistryEnum, { nullable: true })
  owningMinistry?: Ministry | null;

  @TextField(TEXT_RULES.legalReference, { nullable: true, description: 'Law and article, such as "Participatiewet art. 31"' })
  legalReference?: string | null;

  @Field(() => RemedyEnum, { nullable: true })
  remedy?: Remedy | null;

  @Field({ nullable: true })
  confidential?: boolean;
}

@InputType()
export class CreateDoorbraakInput {
  @Field(() => ID)
  allianceId: string;

  @TextField(TEXT_RULES.title)
  title: string;

  @TextField(TEXT_RULES.description, { nullable: true })
  description?: string;

  @Field(() => DoorbraakKindEnum)
  kind: DoorbraakKind;

  @Field(() => DoorbraakStatusEnum, { nullable: true, defaultValue: 'IDEE', description: 'IDEE, or LOPEND to start on the ladder at once' })
  status?: DoorbraakStatus;

  @Field(() => ActielijnEnum, { nullable: true })
  actielijn?: Actielijn | null;

  @TextField(TEXT_RULES.impact, { nullable: true })
  impact?: string | null;

  @Field(() => ID, { nullable: true, description: 'Defaults to the caller' })
  ownerId?: string | null;
}

@InputType({ description: 'Only the fields given change. A status change is progress: LOPEND starts the ladder, BEREIKT records the rung' })
export class UpdateDoorbraakInput {
  @Field(() => ID)
  id: string;

  @TextField(TEXT_RULES.title, { nullable: true })
  title?: string;

  @TextField(TEXT_RULES.description, { nullable: true })
  description?: string;

  @Field(() => DoorbraakKindEnum, { nullable: true })
  kind?: DoorbraakKind;

  @Field(() => DoorbraakStatusEnum, { nullable: true })
  status?: DoorbraakStatus;

  @Field(() => ActielijnEnum, { nullable: true })
  actielijn?: Actielijn | null;

  @TextField(TEXT_RULES.impact, { nullable: true })
  impact?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string;
}

@InputType()
export class VastloperFilter {
  @Field(() => ID, { nullable: true })
  allianceId?: string | null;

  @Field(() => [VastloperStatusEnum], { nullable: true })
  statuses?: VastloperStatus[] | null;

  @Field(() => EscalationRungEnum, { nullable: true })
  rung?: EscalationRung | null;

  @Field(() => VastloperCategoryEnum, { nullable: true })
  category?: VastloperCategory | null;

  @Field(() => ActielijnEnum, { nullable: true })
  actielijn?: Actielijn | null;

  @Field(() => MinistryEnum, { nullable: true })
  ministry?: Ministry | null;

  @Field(() => Boolean, { nullable: true, description: 'Only open items past their stall time, or flagged at the top' })
  stalledOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only items flagged overdue at the doorbraakoverleg' })
  overdueAtTop?: boolean | null;

  @Field(() => AnswerFlagEnum, { nullable: true, description: 'Only items whose ministry is late in this way (NONE: not late, or not at a ministry)' })
  answerFlag?: AnswerFlag | null;

  @TextField(TEXT_RULES.search, { nullable: true, description: 'Dutch full-text search in title, description and legal reference' })
  search?: string | null;
}

@InputType()
export class DoorbraakFilter {
  @Field(() => ID, { nullable: true })
  allianceId?: string | null;

  @Field(() => [DoorbraakStatusEnum], { nullable: true })
  statuses?: DoorbraakStatus[] | null;

  @Field(() => DoorbraakKindEnum, { nullable: true })
  kind?: DoorbraakKind | null;

  @Field(() => EscalationRungEnum, { nullable: true })
  rung?: EscalationRung | null;

  @Field(() => ActielijnEnum, { nullable: true })
  actielijn?: Actielijn | null;

  @Field(() => Boolean, { nullable: true })
  stalledOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  overdueAtTop?: boolean | null;

  @TextField(TEXT_RULES.search, { nullable: true, description: 'Dutch full-text search in title, description and impact' })
  search?: string | null;
}
