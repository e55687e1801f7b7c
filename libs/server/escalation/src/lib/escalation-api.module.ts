import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AuditModule } from '@doorbraak/server-audit';
import { DEFAULT_JOB_OPTIONS, QUEUES } from '@doorbraak/server-core';
import { EscalationFailuresService } from './failures/escalation-failures.service';
import { EscalationFailureConnectionResolver, EscalationFailuresResolver } from './graphql/escalation-failures.resolver';

export const ESCALATION_RESOLVERS = [EscalationFailuresResolver, EscalationFailureConnectionResolver];

// The API's side of escalation: what an administrator reads about the queue, and retries or discards.
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.escalation, defaultJobOptions: DEFAULT_JOB_OPTIONS }), AuditModule],
  providers: [EscalationFailuresService, ...ESCALATION_RESOLVERS],
})
export class EscalationApiModule {}
