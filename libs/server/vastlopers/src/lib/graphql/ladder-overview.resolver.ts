import { Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type AuthenticatedActor } from '@doorbraak/server-core';
import { LadderOverviewService } from '../ladder-overview.service';
import { AllianceLadderOverview } from './ladder-overview.model';

@Resolver(() => AllianceLadderOverview)
export class LadderOverviewResolver {
  constructor(private readonly service: LadderOverviewService) {}

  @Query(() => [AllianceLadderOverview], {
    description: 'Every alliance the caller may read, side by side: open vastlopers per rung, stalled and overdue at the top (those first)',
  })
  ladderOverview(@CurrentActor() actor: AuthenticatedActor): Promise<AllianceLadderOverview[]> {
    return this.service.overview(actor, new Date());
  }
}
