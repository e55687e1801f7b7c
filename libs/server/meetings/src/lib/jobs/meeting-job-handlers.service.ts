import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { amsterdamToday, formatDutchDate, formatDutchDayAndTime } from '@doorbraak/domain';
import { ActionItemEntity, MeetingEntity } from '@doorbraak/server-data';
import { NotificationsService, WEB_PATHS } from '@doorbraak/server-notifications';
import { chairIds } from '../meeting-people';
import type { BriefingJobData, ReminderJobData, StatusRequestJobData } from './meetings.job-data';

const DAY_MS = 86_400_000;

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export type Outcome = 'DONE' | 'STALE';

// The worker's handlers. Each re-reads its row and acts only while the state it was planned for is
// current; notifications are unique per person and occasion, so a retry or a second run tells nobody twice.
@Injectable()
export class MeetingJobHandlers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async remind(data: ReminderJobData, now: Date): Promise<Outcome> {
    const ids = await this.dataSource.transaction(async (manager) => {
      const item = await manager.findOneBy(ActionItemEntity, { id: data.actionItemId });
      if (!item || item.status !== 'OPEN' || item.dueDate !== data.dueDate || item.ownerId === null) {
        return null;
      }
      const days = daysBetween(amsterdamToday(now), item.dueDate);
      const when = days <= 0 ? 'vandaag' : days === 1 ? 'morgen' : `over ${days} dagen`;
      return this.notifications.notify(manager, {
        recipientIds: [item.ownerId],
        kind: 'ACTION_ITEM_REMINDER',
        dedupeKey: `action-item-reminder-${item.id}-${item.dueDate}-${data.reminder}`,
        message: `Herinnering: ${item.kind === 'COMMITMENT' ? 'de toezegging' : 'het actiepunt'} "${item.description}" moet ${when} klaar zijn (${formatDutchDate(item.dueDate)}).`,
        link: WEB_PATHS.actionItem(item.id),
        actionItemId: item.id,
        meetingId: item.meetingId,
      });
    });
    if (ids === null) {
      return 'STALE';
    }
    await this.notifications.dispatch(ids);
    return 'DONE';
  }

  // 7 and 3 days before an ALLIANTIE meeting: the owners of the items on its agenda and of the alliance's
  // open action items are asked for a progress note; the second time only those who did not answer.
  async requestStatus(data: StatusRequestJobData, now: Date): Promise<Outcome> {
    const ids = await this.dataSource.transaction(async (manager) => {
      const meeting = await manager.findOne(MeetingEntity, { where: { id: data.meetingId }, lock: { mode: 'pessimistic_write' } });
      if (!this.stillPlanned(meeting, data.scheduledAt) || meeting.type !== 'ALLIANTIE' || meeting.allianceId === null) {
        return null;
      }
      const requestedAt = meeting.statusRequestedAt ?? now;
      if (!meeting.statusRequestedAt) {
        await manager.update(MeetingEntity, { id: meeting.id }, { statusRequestedAt: now });
      }
      const asked: { owner_id: string; title: string }[] = await manager.query(
        `SELECT v.owner_id, v.title FROM agenda_item ai JOIN vastloper v ON v.id = ai.vastloper_id
          WHERE ai.meeting_id = $1 AND (v.last_progress_at < $2 OR $3)
         UNION ALL
         SELECT d.owner_id, d.title FROM agenda_item ai JOIN doorbraak d ON d.id = ai.doorbraak_id
          WHERE ai.meeting_id = $1 AND (d.last_progress_at < $2 OR $3)
         UNION ALL
         SELECT a.owner_id, a.description FROM action_item a
          WHERE a.alliance_id = $4 AND a.status = 'OPEN' AND a.owner_id IS NOT NULL
            AND (a.progress_note_at IS NULL OR a.progress_note_at < $2 OR $3)`,
        [meeting.id, requestedAt, data.round === 1, meeting.allianceId],
      );
      const byOwner = new Map<string, string[]>();
      for (const row of asked) {
        byOwner.set(row.owner_id, [...(byOwner.get(row.owner_id) ?? []), row.title]);
      }
      const created: string[] = [];
      for (const [ownerId, titles] of byOwner) {
        const list = titles.map((title) => `"${title}"`).join(', ');
        created.push(
          ...(await this.notifications.notify(manager, {
            recipientIds: [ownerId],
            kind: 'STATUS_REQUEST',
            dedupeKey: `status-request-${meeting.id}-${meeting.scheduledAt.getTime()}-${data.round}`,
            message:
              `${data.round === 1 ? 'Verzoek' : 'Herinnering'}: ${meeting.title} vergadert op ${formatDutchDayAndTime(meeting.scheduledAt)}. ` +
              `Wilt u vóór de vergadering een korte voortgangsnotitie geven over ${list}? Zonder notitie staat het punt als "geen update" op de agenda.`,
            link: WEB_PATHS.meeting(meeting.id),
            meetingId: meeting.id,
          })),
        );
      }
      return created;
    });
    if (ids === null) {
      return 'STALE';
    }
    await this.notifications.dispatch(ids);
    return 'DONE';
  }

  // Three days ahead: the briefing is marked ready and the chair (the mayor) is told.
  async prepareBriefing(data: BriefingJobData, now: Date): Promise<Outcome> {
    const ids = await this.dataSource.transaction(async (manager) => {
      const meeting = await manager.findOne(MeetingEntity, { where: { id: data.meetingId, briefingPreparedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!this.stillPlanned(meeting, data.scheduledAt) || meeting.allianceId === null) {
        return null;
      }
      await manager.update(MeetingEntity, { id: meeting.id }, { briefingPreparedAt: now });
      return this.notifications.notify(manager, {
        recipientIds: await chairIds(manager, meeting.allianceId),
        kind: 'BRIEFING_READY',
        dedupeKey: `briefing-ready-${meeting.id}-${meeting.scheduledAt.getTime()}`,
        message: `De briefing voor ${meeting.title} op ${formatDutchDayAndTime(meeting.scheduledAt)} staat klaar: wat er veranderde sinds de vorige vergadering.`,
        link: WEB_PATHS.briefing(meeting.id),
        meetingId: meeting.id,
      });
    });
    if (ids === null) {
      return 'STALE';
    }
    await this.notifications.dispatch(ids);
    return 'DONE';
  }

  private stillPlanned(meeting: MeetingEntity | null, scheduledAt: string): meeting is MeetingEntity {
    return (
      meeting !== null &&
      (meeting.status === 'DRAFT' || meeting.status === 'AGENDA_PUBLISHED') &&
      meeting.scheduledAt.getTime() === new Date(scheduledAt).getTime()
    );
  }
}
