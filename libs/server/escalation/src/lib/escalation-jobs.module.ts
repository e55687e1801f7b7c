import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS, QUEUES } from '@doorbraak/server-core';
import { NotificationsCoreModule } from '@doorbraak/server-notifications';
import { EscalationModule } from './escalation.module';
import { AnswerSweepService } from './jobs/answer-sweep.service';
import { EscalateItemService } from './jobs/escalate-item.service';
import { EscalationAlertsService } from './jobs/escalation-alerts.service';
import { EscalationBatcherService } from './jobs/escalation-batcher.service';
import { EscalationProcessor } from './jobs/escalation.processor';
import { SweepSchedulerService } from './jobs/sweep-scheduler.service';
import { SweepService } from './jobs/sweep.service';

// The worker's side: the sweep schedule and the processor.
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.escalation, defaultJobOptions: DEFAULT_JOB_OPTIONS }), EscalationModule, NotificationsCoreModule],
  providers: [EscalationProcessor, SweepService, EscalateItemService, EscalationBatcherService, EscalationAlertsService, SweepSchedulerService, AnswerSweepService],
  exports: [SweepService, EscalateItemService, AnswerSweepService],
})
export class EscalationJobsModule {}
