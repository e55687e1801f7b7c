import { Module } from '@nestjs/common';
import { MeetingJobHandlers } from './jobs/meeting-job-handlers.service';
import { MeetingsSchedulerService } from './jobs/meetings-scheduler.service';
import { MeetingsSweepService } from './jobs/meetings-sweep.service';
import { MeetingsProcessor } from './jobs/meetings.processor';
import { MeetingsCoreModule } from './meetings-core.module';

// The worker's side: reminders, status requests, the briefing, and the hourly sweep.
@Module({
  imports: [MeetingsCoreModule],
  providers: [MeetingJobHandlers, MeetingsSweepService, MeetingsProcessor, MeetingsSchedulerService],
})
export class MeetingsJobsModule {}
