export { SIMILARITY_RESOLVERS, SimilarityJobsModule, SimilarityModule } from './lib/similarity.module';
export { SimilarityIndexService, MATCHES_KEPT, combinedScore, type RankedMatch, type RankMode } from './lib/similarity-index.service';
export { SimilarReadService, MAX_SIMILAR, type SimilarMatch } from './lib/similar-read.service';
export { SimilarityDispatchService } from './lib/jobs/dispatch.service';
export { SIMILARITY_DISPATCH_SCHEDULER_ID } from './lib/jobs/dispatch-scheduler.service';
export { featureTokens, type SimilaritySource } from './lib/similarity-features';
export { conceptsIn, normalise } from './lib/thesaurus/concepts';
export type { SimilarityReason, SimilarityReasonKind } from './lib/similarity-reasons';
