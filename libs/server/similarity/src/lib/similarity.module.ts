import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS, QUEUES } from '@doorbraak/server-core';
import { SimilarityResolver } from './graphql/similarity.resolver';
import { SimilarityDispatchSchedulerService } from './jobs/dispatch-scheduler.service';
import { SimilarityDispatchService } from './jobs/dispatch.service';
import { SimilarityProcessor } from './jobs/similarity.processor';
import { SimilarReadService } from './similar-read.service';
import { SimilarityIndexService } from './similarity-index.service';

export const SIMILARITY_RESOLVERS = [SimilarityResolver];

// The API's side: reads the stored matches.
@Module({ providers: [SimilarReadService, ...SIMILARITY_RESOLVERS] })
export class SimilarityModule {}

// The worker's side: the dispatch schedule and the refresh jobs.
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.similarity, defaultJobOptions: DEFAULT_JOB_OPTIONS })],
  providers: [SimilarityIndexService, SimilarityDispatchService, SimilarityDispatchSchedulerService, SimilarityProcessor],
  exports: [SimilarityIndexService, SimilarityDispatchService],
})
export class SimilarityJobsModule {}
