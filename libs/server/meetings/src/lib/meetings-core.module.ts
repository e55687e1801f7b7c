import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS, QUEUES, QueueModule } from '@doorbraak/server-core';
import { NotificationsCoreModule } from '@doorbraak/server-notifications';
import { AgendaPlacementService } from './agenda/agenda-placement.service';
import { EscalationAgendaService } from './agenda/escalation-agenda.service';
import { MeetingJobsService } from './jobs/meeting-jobs.service';

const MEETINGS_QUEUE = BullModule.registerQueue({ name: QUEUES.meetings, defaultJobOptions: DEFAULT_JOB_OPTIONS });

// What the API and the worker share: the agenda rules and the planning of the meeting cycle's jobs.
@Module({
  imports: [QueueModule, MEETINGS_QUEUE, NotificationsCoreModule],
  providers: [AgendaPlacementService, EscalationAgendaService, MeetingJobsService],
  exports: [MEETINGS_QUEUE, AgendaPlacementService, EscalationAgendaService, MeetingJobsService, NotificationsCoreModule],
})
export class MeetingsCoreModule {}
