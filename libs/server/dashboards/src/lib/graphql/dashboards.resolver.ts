import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller, type LazyParts } from '@doorbraak/server-core';
import { DashboardsService } from '../dashboards.service';
import {
  AllianceDashboard,
  AreaCategoryCounts,
  AreaFigures,
  DashboardFigures,
  LawOpenCount,
  MinistryOpenCount,
  MinistryWaiting,
  NationalDashboard,
  PartnerTypeOverdueCount,
} from './dashboard.model';

@Resolver()
export class DashboardsResolver {
  constructor(private readonly service: DashboardsService) {}

  @Query(() => AllianceDashboard, {
    description: "An alliance's figures for those who may read its items: confidential vastlopers counted only for who may read them",
  })
  allianceDashboard(@CurrentCaller() caller: Caller, @Args('allianceId', { type: () => ID }) allianceId: string): Promise<AllianceDashboard> {
    return this.service.allianceDashboard(caller.actor, allianceId, caller.now);
  }

  @Query(() => NationalDashboard, { description: 'The areas side by side and the national totals (national programme team)' })
  nationalDashboard(@CurrentCaller() caller: Caller): Promise<LazyParts<NationalDashboard>> {
    return this.service.nationalDashboard(caller.actor, caller.now);
  }
}

type Parts = LazyParts<NationalDashboard>;

// Each part of the national dashboard is read when a query selects it (the descriptions are the model's).
@Resolver(() => NationalDashboard)
export class NationalDashboardResolver {
  @ResolveField(() => DashboardFigures)
  totals(@Parent() parts: Parts): Promise<DashboardFigures> {
    return parts.totals();
  }

  @ResolveField(() => [AreaFigures])
  areas(@Parent() parts: Parts): Promise<AreaFigures[]> {
    return parts.areas();
  }

  @ResolveField(() => [PartnerTypeOverdueCount])
  overdueActionItemsPerPartnerType(@Parent() parts: Parts): Promise<PartnerTypeOverdueCount[]> {
    return parts.overdueActionItemsPerPartnerType();
  }

  @ResolveField(() => [AreaCategoryCounts])
  heatMap(@Parent() parts: Parts): Promise<AreaCategoryCounts[]> {
    return parts.heatMap();
  }

  @ResolveField(() => [MinistryOpenCount])
  openPerMinistry(@Parent() parts: Parts): Promise<MinistryOpenCount[]> {
    return parts.openPerMinistry();
  }

  @ResolveField(() => [LawOpenCount])
  openPerLaw(@Parent() parts: Parts): Promise<LawOpenCount[]> {
    return parts.openPerLaw();
  }

  @ResolveField(() => [MinistryWaiting])
  unansweredMinistries(@Parent() parts: Parts): Promise<MinistryWaiting[]> {
    return parts.unansweredMinistries();
  }
}
