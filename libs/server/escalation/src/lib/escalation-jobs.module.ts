import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS, QUEUES } from '@doorbraak/server-core';
import { EscalationProcessor } from './jobs/escalation.processor';

@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.escalation, defaultJobOptions: DEFAULT_JOB_OPTIONS })],
  providers: [EscalationProcessor],
})
export class EscalationJobsModule {}
