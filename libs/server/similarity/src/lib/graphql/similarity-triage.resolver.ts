import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TEXT_RULES } from '@doorbraak/domain';
import { CurrentActor, CurrentCaller, TextArg, toConnection, type AuthenticatedActor, type Caller } from '@doorbraak/server-core';
import { VastloperConnection } from '@doorbraak/server-vastlopers';
import { SimilarDismissalService, type MatchJudgement } from '../triage/similar-dismissal.service';
import { SimilarityTriageService } from '../triage/similarity-triage.service';
import { SimilarityTriageFilter, SimilarMatchJudgement } from './similarity-triage.model';

@Resolver()
export class SimilarityTriageResolver {
  constructor(
    private readonly triage: SimilarityTriageService,
    private readonly dismissals: SimilarDismissalService,
  ) {}

  @Query(() => VastloperConnection, {
    description:
      'New vastlopers that have similar items elsewhere, newest first: only items the caller may see and triage (viewerCan.seeSimilar), each with at least one match not dismissed; ask each for `similar`',
  })
  async similarityTriage(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('filter', { type: () => SimilarityTriageFilter, nullable: true }) filter: SimilarityTriageFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
  ): Promise<VastloperConnection> {
    return toConnection(await this.triage.page(actor, filter ?? {}, first, after, new Date())) as VastloperConnection;
  }

  @Mutation(() => SimilarMatchJudgement, { description: '"Niet vergelijkbaar": takes the match out of the triage and both items’ similar lists, for everyone' })
  dismissSimilarMatch(
    @CurrentCaller() caller: Caller,
    @Args('vastloperId', { type: () => ID }) vastloperId: string,
    @Args('similarId', { type: () => ID }) similarId: string,
  ): Promise<MatchJudgement> {
    return this.dismissals.dismiss(caller, vastloperId, similarId);
  }

  @Mutation(() => SimilarMatchJudgement, { description: 'Undoes dismissSimilarMatch' })
  restoreSimilarMatch(
    @CurrentCaller() caller: Caller,
    @Args('vastloperId', { type: () => ID }) vastloperId: string,
    @Args('similarId', { type: () => ID }) similarId: string,
  ): Promise<MatchJudgement> {
    return this.dismissals.restore(caller, vastloperId, similarId);
  }
}
