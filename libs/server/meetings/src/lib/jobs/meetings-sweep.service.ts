import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import { amsterdamToday, STATUS_REQUEST_DAYS_BEFORE, type MeetingType } from '@doorbraak/domain';
import { ActionItemEntity, AgendaBacklogItemEntity, MeetingEntity } from '@doorbraak/server-data';
import { AgendaPlacementService } from '../agenda/agenda-placement.service';
import { MeetingJobsService } from './meeting-jobs.service';


const DAY_MS = 86_400_000;

// Hourly: repairs and completes what the API plans after a commit (it may have been lost, or the rows
// came from the seed or the escalation worker). Planning is idempotent through the jobs' ids.
@Injectable()
export class MeetingsSweepService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly placement: AgendaPlacementService,
    private readonly jobs: MeetingJobsService,
  ) {}

  async sweep(now: Date): Promise<{ meetings: number; reminders: number; reviews: number; placed: number }> {
    const soon = await this.dataSource.getRepository(MeetingEntity).find({
      where: { type: 'ALLIANTIE', status: In(['DRAFT', 'AGENDA_PUBLISHED']) },
    });
    const upcoming = soon.filter(
      (meeting) => meeting.scheduledAt > now && meeting.scheduledAt.getTime() - now.getTime() <= (STATUS_REQUEST_DAYS_BEFORE[0] + 1) * DAY_MS,
    );
    for (const meeting of upcoming) {
      await this.jobs.planPreparation(meeting, now);
    }
    const today = amsterdamToday(now);
    const horizon = amsterdamToday(new Date(now.getTime() + 4 * DAY_MS));
    const due = await this.dataSource
      .getRepository(ActionItemEntity)
      .createQueryBuilder('a')
      .where(`a.status = 'OPEN' AND a.owner_id IS NOT NULL AND a.due_date BETWEEN :today AND :horizon`, { today, horizon })
      .getMany();
    for (const item of due) {
      await this.jobs.planReminders(item, now);
    }
    const { reviews, placed } = await this.dataSource.transaction(async (manager) => {
      const waiting = await manager.find(AgendaBacklogItemEntity, { where: { placedAt: IsNull() }, select: { meetingType: true, allianceId: true } });
      const scopes = new Map<string, { type: MeetingType; allianceId: string | null }>();
      for (const row of waiting) {
        scopes.set(`${row.meetingType}-${row.allianceId}`, { type: row.meetingType, allianceId: row.allianceId });
      }
      let count = 0;
      for (const scope of scopes.values()) {
        count += (await this.placement.placeWaiting(manager, scope.type, scope.allianceId, now)).length;
      }
      return { reviews: (await this.placement.placeDueReviews(manager, now)).length, placed: count };
    });
    return { meetings: upcoming.length, reminders: due.length, reviews, placed };
  }
}
