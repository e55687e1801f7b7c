import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS, QUEUES } from '@doorbraak/server-core';
import { EscalationFailuresResolver } from './graphql/escalation-failures.resolver';

export const ESCALATION_RESOLVERS = [EscalationFailuresResolver];

// The API's side of escalation: what an administrator reads about the queue.
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.escalation, defaultJobOptions: DEFAULT_JOB_OPTIONS })],
  providers: [...ESCALATION_RESOLVERS],
})
export class EscalationApiModule {}
