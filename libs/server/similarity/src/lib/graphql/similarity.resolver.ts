import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type AuthenticatedActor, type GraphqlContext } from '@doorbraak/server-core';
import type { VastloperEntity } from '@doorbraak/server-data';
import { Vastloper } from '@doorbraak/server-vastlopers';
import { MAX_SIMILAR, SimilarReadService, type SimilarMatch } from '../similar-read.service';
import { SimilarVastloper } from './similar-vastloper.model';

@Resolver(() => Vastloper)
export class SimilarityResolver {
  constructor(private readonly reads: SimilarReadService) {}

  @ResolveField(() => [SimilarVastloper], {
    description: `Vastlopers of other alliances that look like this one, best first, only those the caller may see and not judged "not similar" (first: 1..${MAX_SIMILAR}); kept current in the background. Empty for callers without viewerCan.seeSimilar`,
  })
  similar(
    @Parent() row: VastloperEntity,
    @CurrentActor() actor: AuthenticatedActor,
    @Context() context: GraphqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 5 }) first: number | null,
  ): Promise<SimilarMatch[]> {
    return this.reads.similarOf(context, actor, row, first ?? 5);
  }
}
