import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { areMinutesEditable, TEXT_RULES, type Action } from '@doorbraak/domain';
import { AuditService } from '@doorbraak/server-audit';
import { notFound, requireUuid } from '@doorbraak/server-core';
import { AgendaItemEntity, MeetingAttendeeEntity, MeetingEntity } from '@doorbraak/server-data';
import { MeetingAccessService } from '../access/meeting-access.service';
import { accessParams, agendaRowSql } from '../access/meeting-sql';
import { announceAgendaChange } from '../agenda/agenda-events';
import type { AttendanceInput } from '../graphql/inputs';
import { invalidInput, invalidStatus, minutesReadOnly } from '../meetings.exception';
import type { Caller } from '@doorbraak/server-core';
import { MeetingsService } from '../meetings.service';
import { UnitOfWork } from '../unit-of-work.service';
import { optionalText } from '../validation';

// Once minutes are approved (MINUTES_APPROVED) they are read-only; before the meeting they are not open yet.
export const assertMinutesEditable = (meeting: MeetingEntity): void => {
  if (meeting.status === 'MINUTES_APPROVED') {
    throw minutesReadOnly();
  }
  if (!areMinutesEditable(meeting.status)) {
    throw invalidStatus('Minutes, attendance and decisions are recorded during or after the meeting.');
  }
};

@Injectable()
export class MinutesService {
  constructor(
    private readonly access: MeetingAccessService,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
    private readonly work: UnitOfWork,
  ) {}

  async recordAttendance(caller: Caller, meetingId: string, attendance: readonly AttendanceInput[]): Promise<MeetingEntity> {
    return this.work.run(async (manager) => {
      const meeting = await this.editable(manager, caller, meetingId, 'minutes.draft');
      const rows = await manager.findBy(MeetingAttendeeEntity, { meetingId: meeting.id });
      const unknown = attendance.find((entry) => !rows.some((row) => row.id === entry.attendeeId));
      if (unknown) {
        throw invalidInput(`"${unknown.attendeeId}" is not an attendee of this meeting.`);
      }
      for (const entry of attendance) {
        await manager.update(MeetingAttendeeEntity, { id: entry.attendeeId }, { present: entry.present });
      }
      await this.audit.record(manager, caller, { operation: 'recordAttendance', entityType: 'Meeting', entityId: meeting.id, before: { attendance: rows.map(({ id, present }) => ({ id, present })) }, after: { attendance } });
      announceAgendaChange(manager, meeting.id, 'RECORDED', { actorId: caller.actor.personId, at: caller.now });
      return meeting;
    });
  }

  async updateMinutes(caller: Caller, meetingId: string, minutes: string | null): Promise<MeetingEntity> {
    return this.work.run(async (manager) => {
      const meeting = await this.editable(manager, caller, meetingId, 'minutes.draft');
      const before = { minutes: meeting.minutes };
      meeting.minutes = optionalText(minutes, 'the minutes', TEXT_RULES.minutes.maxLength);
      const saved = await manager.save(meeting);
      await this.audit.record(manager, caller, { operation: 'updateMinutes', entityType: 'Meeting', entityId: meeting.id, before, after: { minutes: saved.minutes } });
      announceAgendaChange(manager, meeting.id, 'RECORDED', { actorId: caller.actor.personId, at: caller.now });
      return saved;
    });
  }

  async recordAgendaMinute(caller: Caller, agendaItemId: string, minute: string | null): Promise<AgendaItemEntity> {
    return this.work.run(async (manager) => {
      const found = await manager
        .createQueryBuilder(AgendaItemEntity, 'ai')
        .innerJoin(MeetingEntity, 'm', 'm.id = ai.meeting_id')
        .where('ai.id = :id', { id: requireUuid(agendaItemId) })
        .andWhere(agendaRowSql('m', 'ai'), accessParams(caller.actor))
        .getOne();
      if (!found) {
        throw notFound('agenda item', agendaItemId);
      }
      await this.editable(manager, caller, found.meetingId, 'minutes.draft');
      const before = { minute: found.minute };
      found.minute = optionalText(minute, 'the minutes of the item', TEXT_RULES.agendaMinute.maxLength);
      const saved = await manager.save(found);
      await this.audit.record(manager, caller, { operation: 'recordAgendaMinute', entityType: 'AgendaItem', entityId: saved.id, before, after: { minute: saved.minute } });
      announceAgendaChange(manager, saved.meetingId, 'RECORDED', { agendaItemId: saved.id, actorId: caller.actor.personId, at: caller.now });
      return saved;
    });
  }

  // The chair approves (the mayor; nationally the coordinator); the approval is audited and final.
  async approve(caller: Caller, meetingId: string): Promise<MeetingEntity> {
    return this.work.run(async (manager) => {
      const { meeting } = await this.access.meetingFor(caller.actor, meetingId, manager, true);
      this.access.require(caller.actor, 'minutes.approve', meeting, 'Only the chair approves the minutes.');
      const before = { ...meeting };
      meeting.status = this.meetings.next(meeting, 'APPROVE_MINUTES');
      meeting.minutesApprovedAt = caller.now;
      meeting.minutesApprovedById = caller.actor.personId;
      const saved = await manager.save(meeting);
      await this.audit.record(manager, caller, { operation: 'approveMinutes', entityType: 'Meeting', entityId: meeting.id, before, after: { ...saved } });
      announceAgendaChange(manager, meeting.id, 'MEETING_CHANGED', { actorId: caller.actor.personId, at: caller.now });
      return saved;
    });
  }

  // The meeting, locked, if the caller may do this and its minutes are open.
  async editable(manager: EntityManager, caller: Caller, meetingId: string, action: Action): Promise<MeetingEntity> {
    const { meeting } = await this.access.meetingFor(caller.actor, meetingId, manager, true);
    this.access.require(
      caller.actor,
      action,
      meeting,
      action === 'decision.record' ? 'Only the chair or the programme director records decisions.' : 'Only the programme bureau keeps the minutes.',
    );
    assertMinutesEditable(meeting);
    return meeting;
  }
}
