import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuditModule } from '@doorbraak/server-audit';
import { DEFAULT_JOB_OPTIONS, QUEUES } from '@doorbraak/server-core';
import { SimilarityResolver } from './graphql/similarity.resolver';
import { SimilarityTriageResolver } from './graphql/similarity-triage.resolver';
import { SimilarityDispatchSchedulerService } from './jobs/dispatch-scheduler.service';
import { SimilarityDispatchService } from './jobs/dispatch.service';
import { SimilarityProcessor } from './jobs/similarity.processor';
import { SimilarReadService } from './similar-read.service';
import { SimilarityFilter } from './similarity.filter';
import { SimilarityIndexService } from './similarity-index.service';
import { SimilarDismissalService } from './triage/similar-dismissal.service';
import { SimilarityTriageService } from './triage/similarity-triage.service';

export const SIMILARITY_RESOLVERS = [SimilarityResolver, SimilarityTriageResolver];

// The API's side: reads the stored matches, the triage, and people's "not similar" judgements.
@Module({
  imports: [AuditModule],
  providers: [
    SimilarReadService,
    SimilarityTriageService,
    SimilarDismissalService,
    ...SIMILARITY_RESOLVERS,
    { provide: APP_FILTER, useClass: SimilarityFilter },
  ],
})
export class SimilarityModule {}

// The worker's side: the dispatch schedule and the refresh jobs.
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.similarity, defaultJobOptions: DEFAULT_JOB_OPTIONS })],
  providers: [SimilarityIndexService, SimilarityDispatchService, SimilarityDispatchSchedulerService, SimilarityProcessor],
  exports: [SimilarityIndexService, SimilarityDispatchService],
})
export class SimilarityJobsModule {}
