import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '@doorbraak/server-core';
import { DashboardsService } from '../dashboards.service';
import { AllianceDashboard, NationalDashboard } from './dashboard.model';

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
  nationalDashboard(@CurrentCaller() caller: Caller): Promise<NationalDashboard> {
    return this.service.nationalDashboard(caller.actor, caller.now);
  }
}
