import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  alliancesWhere,
  can,
  canOnMeeting,
  MEETING_TYPES,
  formatDutchDayAndTime,
  nextMeetingStatus,
  seriesOccurrences,
  seriesRuleProblems,
  TEXT_RULES,
  type Actor,
  type MeetingCommand,
  type MeetingType,
  type SeriesRuleProblem,
} from '@doorbraak/domain';
import { AuditService } from '@doorbraak/server-audit';
import { keysetPage, notFound, requireUuid, type Caller, type Page } from '@doorbraak/server-core';
import { AllianceEntity, MeetingAttendeeEntity, MeetingEntity, MeetingSeriesEntity, PartnerEntity } from '@doorbraak/server-data';
import { NotificationsService, WEB_PATHS } from '@doorbraak/server-notifications';
import { MeetingAccessService } from './access/meeting-access.service';
import { accessParams, visibleMeetingSql } from './access/meeting-sql';
import { announceAgendaChange } from './agenda/agenda-events';
import { AgendaPlacementService } from './agenda/agenda-placement.service';
import type { CreateMeetingInput, CreateMeetingSeriesInput, MeetingFilter, UpdateMeetingInput } from './graphql/inputs';
import { MeetingJobsService } from './jobs/meeting-jobs.service';
import { attendeePersonIds } from './meeting-people';
import { invalidInput, invalidStatus, meetingNotStarted, personNotEligible } from './meetings.exception';
import { cleanText, isoDate, meetingMinutes, optionalText, TITLE_MAX } from './validation';
import { UnitOfWork, type AfterCommit } from './unit-of-work.service';

const TYPE_TITLES: Readonly<Record<MeetingType, string>> = {
  PROGRAMMATEAM: 'Programmateam',
  ALLIANTIE: 'Alliantietafel',
  BESTUURLIJK: 'Bestuurlijk overleg',
  DOORBRAAKOVERLEG: 'Doorbraakoverleg',
};

const SERIES_PROBLEMS: Readonly<Record<SeriesRuleProblem, string>> = {
  INTERVAL: 'A series meets every 1 to 52 weeks.',
  UNTIL_BEFORE_FIRST: 'The last date of the series lies before the first meeting.',
  EXCEPTION_NOT_A_DATE: 'An exception is not a date (YYYY-MM-DD).',
};

export type PlanningScope = { allianceId: string | null; allianceName: string | null; types: MeetingType[] };

const ALLIANCE_MEETING_TYPES: readonly MeetingType[] = MEETING_TYPES.filter((type) => type !== 'DOORBRAAKOVERLEG');

// Without a last date a series is planned this far ahead.
const SERIES_HORIZON_DAYS = 365;

const COMMAND_ERRORS: Readonly<Record<MeetingCommand, string>> = {
  PUBLISH_AGENDA: 'Only the agenda of a draft meeting can be published.',
  MARK_HELD: 'Only a planned meeting can be marked as held.',
  APPROVE_MINUTES: 'Only the minutes of a held meeting can be approved.',
  CANCEL: 'Only a meeting that has not been held can be cancelled.',
};

const snapshot = (meeting: MeetingEntity): Record<string, unknown> => ({ ...meeting });

@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly placement: AgendaPlacementService,
    private readonly jobs: MeetingJobsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly work: UnitOfWork,
  ) {}

  // Lists are filtered in SQL by what the caller may see, and paged by (scheduled_at, id) in the order the
  // filter implies: a list up to `to` without a `from` is the past, latest first; any other soonest first.
  // Without `from` and `to` a list starts now, so the upcoming meetings come first however many are past.
  async list(actor: Actor, filter: MeetingFilter | null | undefined, first: number, after: string | null | undefined, now: Date): Promise<Page<MeetingEntity>> {
    const order = filter?.order ?? (filter?.to && !filter.from ? 'LATEST_FIRST' : 'SOONEST_FIRST');
    const unbounded = !filter?.from && !filter?.to;
    const from = filter?.from ?? (unbounded && order === 'SOONEST_FIRST' ? now : null);
    const to = filter?.to ?? (unbounded && order === 'LATEST_FIRST' ? now : null);
    const allianceId = filter?.allianceId ? requireUuid(filter.allianceId) : null;
    return keysetPage(
      'm',
      first,
      after,
      () => {
        const query = this.dataSource.getRepository(MeetingEntity).createQueryBuilder('m').where(visibleMeetingSql('m'), accessParams(actor));
        if (allianceId) query.andWhere('m.alliance_id = :allianceId', { allianceId });
        if (filter?.type) query.andWhere('m.type = :type', { type: filter.type });
        if (filter?.statuses?.length) query.andWhere('m.status IN (:...statuses)', { statuses: filter.statuses });
        if (from) query.andWhere('m.scheduled_at >= :from', { from });
        if (to) query.andWhere('m.scheduled_at <= :to', { to });
        return query;
      },
      { keys: [{ sql: 'm.scheduled_at', type: 'timestamptz' }], direction: order === 'LATEST_FIRST' ? 'DESC' : 'ASC' },
    );
  }

  // Where the caller may plan: the alliances they manage meetings of (alliance meeting types), and the
  // national level (the doorbraakoverleg) for those who run it.
  async planningScopes(actor: Actor): Promise<PlanningScope[]> {
    const where = alliancesWhere(actor, 'meeting.manage');
    const alliances =
      where === 'ALL' || where.length > 0
        ? await this.dataSource.getRepository(AllianceEntity).find({
            where: where === 'ALL' ? {} : { id: In([...where]) },
            order: { name: 'ASC' },
          })
        : [];
    const scopes: PlanningScope[] = alliances.map((alliance) => ({ allianceId: alliance.id, allianceName: alliance.name, types: [...ALLIANCE_MEETING_TYPES] }));
    if (canOnMeeting(actor, 'meeting.manage', { allianceId: null })) {
      scopes.push({ allianceId: null, allianceName: null, types: ['DOORBRAAKOVERLEG'] });
    }
    return scopes;
  }

  async byId(actor: Actor, id: string): Promise<MeetingEntity> {
    return (await this.access.meetingFor(actor, id)).meeting;
  }

  async series(actor: Actor, id: string): Promise<MeetingSeriesEntity> {
    const series = await this.dataSource.getRepository(MeetingSeriesEntity).findOneBy({ id: requireUuid(id) });
    if (!series || !canOnMeeting(actor, 'meeting.read', series)) {
      throw notFound('meeting series', id);
    }
    return series;
  }

  async create(caller: Caller, input: CreateMeetingInput): Promise<MeetingEntity> {
    const { alliance, title, durationMinutes, location } = await this.checkNewMeeting(caller.actor, input);
    const scheduledAt = input.scheduledAt;
    return this.work.run(async (manager, after) => {
      const meeting = await manager.save(
        manager.create(MeetingEntity, {
          type: input.type,
          allianceId: alliance?.id ?? null,
          title,
          scheduledAt,
          durationMinutes,
          location,
          status: 'DRAFT',
        }),
      );
      await this.addAttendees(manager, [meeting.id], input);
      await this.afterPlanning(manager, meeting, caller.now, after);
      await this.audit.record(manager, caller, {
        operation: 'createMeeting',
        entityType: 'Meeting',
        entityId: meeting.id,
        before: null,
        after: snapshot(meeting),
      });
      return meeting;
    });
  }

  async createSeries(caller: Caller, input: CreateMeetingSeriesInput): Promise<MeetingSeriesEntity> {
    const { alliance, title, durationMinutes, location } = await this.checkNewMeeting(caller.actor, input);
    const rule = {
      firstAt: input.scheduledAt,
      intervalWeeks: input.intervalWeeks,
      until: input.until ? isoDate(input.until, 'the last date') : null,
      exceptions: [...new Set(input.exceptions ?? [])],
    };
    const problems = seriesRuleProblems(rule);
    if (problems.length > 0) {
      throw invalidInput(problems.map((problem) => SERIES_PROBLEMS[problem]).join(' '));
    }
    const dates = seriesOccurrences(rule, {
      from: rule.firstAt,
      to: new Date(rule.firstAt.getTime() + SERIES_HORIZON_DAYS * 86_400_000),
    });
    return this.work.run(async (manager, after) => {
      const series = await manager.save(
        manager.create(MeetingSeriesEntity, {
          type: input.type,
          allianceId: alliance?.id ?? null,
          title,
          firstAt: rule.firstAt,
          intervalWeeks: rule.intervalWeeks,
          durationMinutes,
          location,
          until: rule.until,
          exceptions: rule.exceptions,
        }),
      );
      const meetings = await manager.save(
        dates.map((scheduledAt) =>
          manager.create(MeetingEntity, {
            type: input.type,
            allianceId: alliance?.id ?? null,
            seriesId: series.id,
            title,
            scheduledAt,
            durationMinutes,
            location,
            status: 'DRAFT',
          }),
        ),
      );
      await this.addAttendees(manager, meetings.map((meeting) => meeting.id), input);
      for (const meeting of meetings) {
        await this.afterPlanning(manager, meeting, caller.now, after);
      }
      await this.audit.record(manager, caller, {
        operation: 'createMeetingSeries',
        entityType: 'MeetingSeries',
        entityId: series.id,
        before: null,
        after: { ...series, meetingIds: meetings.map((meeting) => meeting.id) },
      });
      return series;
    });
  }

  async update(caller: Caller, id: string, input: UpdateMeetingInput): Promise<MeetingEntity> {
    return this.work.run(async (manager, after) => {
      const { meeting } = await this.access.meetingFor(caller.actor, id, manager, true);
      this.access.require(caller.actor, 'meeting.manage', meeting, 'Only the programme director plans meetings.');
      if (meeting.status !== 'DRAFT' && meeting.status !== 'AGENDA_PUBLISHED') {
        throw invalidStatus('A held or cancelled meeting no longer changes.');
      }
      const before = snapshot(meeting);
      const moved = input.scheduledAt != null && input.scheduledAt.getTime() !== meeting.scheduledAt.getTime();
      const previous = { id: meeting.id, scheduledAt: meeting.scheduledAt };
      if (input.title != null) meeting.title = cleanText(input.title, 'a title', TITLE_MAX);
      if (input.durationMinutes != null) meeting.durationMinutes = meetingMinutes(input.durationMinutes);
      if (input.location !== undefined) meeting.location = optionalText(input.location, 'a location', TITLE_MAX);
      if (moved) {
        meeting.scheduledAt = input.scheduledAt as Date;
        // Requests and the briefing go again, relative to the new date.
        meeting.statusRequestedAt = null;
        meeting.briefingPreparedAt = null;
      }
      const saved = await manager.save(meeting);
      await this.audit.record(manager, caller, { operation: 'updateMeeting', entityType: 'Meeting', entityId: meeting.id, before, after: snapshot(saved) });
      announceAgendaChange(manager, meeting.id, 'MEETING_CHANGED', { actorId: caller.actor.personId, at: caller.now });
      if (moved) {
        after.then(() => this.jobs.cancelPreparation(previous));
        after.then(() => this.jobs.planPreparation(saved, caller.now));
      }
      return saved;
    });
  }

  async setAttendees(caller: Caller, id: string, personIds: readonly string[], partnerIds: readonly string[]): Promise<MeetingEntity> {
    return this.work.run(async (manager) => {
      const { meeting } = await this.access.meetingFor(caller.actor, id, manager, true);
      this.access.require(caller.actor, 'meeting.manage', meeting, 'Only the programme director invites attendees.');
      if (meeting.status === 'CANCELLED' || meeting.status === 'MINUTES_APPROVED') {
        throw invalidStatus('The attendees of a cancelled or approved meeting no longer change.');
      }
      const existing = await manager.findBy(MeetingAttendeeEntity, { meetingId: meeting.id });
      // Who is invited already stays invitable; whoever is added must be able to see the meeting.
      await this.checkAttendees(
        manager,
        meeting.allianceId,
        personIds.filter((personId) => !existing.some((row) => row.personId === personId)),
        partnerIds,
      );
      // A person on behalf of a partner stays while either is still invited.
      const gone = existing.filter((row) =>
        row.partnerId === null
          ? !personIds.includes(row.personId as string)
          : row.personId === null
            ? !partnerIds.includes(row.partnerId)
            : !personIds.includes(row.personId) && !partnerIds.includes(row.partnerId),
      );
      if (gone.length > 0) {
        await manager.delete(MeetingAttendeeEntity, { id: In(gone.map((row) => row.id)) });
      }
      const kept = existing.filter((row) => !gone.includes(row));
      await this.addAttendees(manager, [meeting.id], {
        attendeePersonIds: personIds.filter((personId) => !kept.some((row) => row.personId === personId)),
        attendeePartnerIds: partnerIds.filter((partnerId) => !kept.some((row) => row.partnerId === partnerId)),
      });
      await this.audit.record(manager, caller, {
        operation: 'setMeetingAttendees',
        entityType: 'Meeting',
        entityId: meeting.id,
        before: { personIds: existing.map((row) => row.personId), partnerIds: existing.map((row) => row.partnerId) },
        after: { personIds: [...personIds], partnerIds: [...partnerIds] },
      });
      return meeting;
    });
  }

  // Publishing freezes the agenda (later changes are amendments) and tells the attendees.
  async publishAgenda(caller: Caller, id: string): Promise<MeetingEntity> {
    return this.work.run(async (manager, after) => {
      const { meeting } = await this.access.meetingFor(caller.actor, id, manager, true);
      this.access.require(caller.actor, 'meeting.manage', meeting, 'Only the programme director publishes the agenda.');
      const before = snapshot(meeting);
      meeting.status = this.next(meeting, 'PUBLISH_AGENDA');
      meeting.agendaPublishedAt = caller.now;
      const saved = await manager.save(meeting);
      after.notified(
        await this.notifications.notify(manager, {
          recipientIds: await attendeePersonIds(manager, meeting.id),
          kind: 'AGENDA_PUBLISHED',
          dedupeKey: `agenda-published-${meeting.id}`,
          message: `De agenda van ${meeting.title} op ${formatDutchDayAndTime(meeting.scheduledAt)} is gepubliceerd.`,
          link: WEB_PATHS.meeting(meeting.id),
          meetingId: meeting.id,
        }),
      );
      await this.audit.record(manager, caller, { operation: 'publishAgenda', entityType: 'Meeting', entityId: meeting.id, before, after: snapshot(saved) });
      announceAgendaChange(manager, meeting.id, 'PUBLISHED', { actorId: caller.actor.personId, at: caller.now });
      return saved;
    });
  }

  // Nothing escalated is lost: its escalated items move to the next meeting of the type, or wait on the rung's list.
  async cancel(caller: Caller, id: string, reason: string | null): Promise<MeetingEntity> {
    return this.work.run(async (manager, after) => {
      const { meeting } = await this.access.meetingFor(caller.actor, id, manager, true);
      this.access.require(caller.actor, 'meeting.manage', meeting, 'Only the programme director cancels a meeting.');
      const before = snapshot(meeting);
      meeting.status = this.next(meeting, 'CANCEL');
      meeting.cancellationReason = optionalText(reason, 'a reason', TEXT_RULES.reason.maxLength);
      const saved = await manager.save(meeting);
      const { moved, waiting } = await this.placement.moveEscalations(manager, saved, caller.now);
      await this.audit.record(manager, caller, {
        operation: 'cancelMeeting',
        entityType: 'Meeting',
        entityId: meeting.id,
        before,
        after: { ...snapshot(saved), movedAgendaItemIds: moved, waitingAgendaItemIds: waiting },
      });
      announceAgendaChange(manager, meeting.id, 'MEETING_CHANGED', { actorId: caller.actor.personId, at: caller.now });
      after.then(() => this.jobs.cancelPreparation(saved));
      return saved;
    });
  }

  async markHeld(caller: Caller, id: string): Promise<MeetingEntity> {
    return this.work.run(async (manager, after) => {
      const { meeting } = await this.access.meetingFor(caller.actor, id, manager, true);
      this.access.require(caller.actor, 'minutes.draft', meeting, 'Only the programme bureau keeps the minutes.');
      const before = snapshot(meeting);
      meeting.status = this.next(meeting, 'MARK_HELD');
      if (meeting.scheduledAt.getTime() > caller.now.getTime()) {
        throw meetingNotStarted();
      }
      const saved = await manager.save(meeting);
      await this.audit.record(manager, caller, {
        operation: 'markMeetingHeld',
        entityType: 'Meeting',
        entityId: meeting.id,
        before,
        after: snapshot(saved),
      });
      announceAgendaChange(manager, meeting.id, 'MEETING_CHANGED', { actorId: caller.actor.personId, at: caller.now });
      after.then(() => this.jobs.cancelPreparation(saved));
      return saved;
    });
  }

  next(meeting: MeetingEntity, command: MeetingCommand): MeetingEntity['status'] {
    const status = nextMeetingStatus(meeting.status, command);
    if (!status) {
      throw invalidStatus(COMMAND_ERRORS[command]);
    }
    return status;
  }

  // A planned meeting may be the target of waiting escalations and of decisions due for review.
  private async afterPlanning(manager: EntityManager, meeting: MeetingEntity, now: Date, after: AfterCommit): Promise<void> {
    await this.placement.placeWaiting(manager, meeting.type, meeting.allianceId, now);
    await this.placement.placeDueReviews(manager, now);
    after.then(() => this.jobs.planPreparation(meeting, now));
  }

  private async checkNewMeeting(actor: Actor, input: CreateMeetingInput) {
    const national = input.type === 'DOORBRAAKOVERLEG';
    if (national !== (input.allianceId == null)) {
      throw invalidInput(national ? 'The doorbraakoverleg is national and belongs to no alliance.' : 'Choose the alliance of the meeting.');
    }
    let alliance: AllianceEntity | null = null;
    if (input.allianceId != null) {
      alliance = can(actor, 'alliance.read', { allianceId: requireUuid(input.allianceId) })
        ? await this.dataSource.getRepository(AllianceEntity).findOneBy({ id: input.allianceId })
        : null;
      if (!alliance) {
        throw notFound('alliance', input.allianceId);
      }
    }
    this.access.require(actor, 'meeting.manage', { allianceId: alliance?.id ?? null } as MeetingEntity, 'Only the programme director plans meetings.');
    await this.checkAttendees(this.dataSource.manager, alliance?.id ?? null, input.attendeePersonIds ?? [], input.attendeePartnerIds ?? []);
    return {
      alliance,
      title: input.title ? cleanText(input.title, 'a title', TITLE_MAX) : `${TYPE_TITLES[input.type]}${alliance ? ` ${alliance.name}` : ''}`,
      durationMinutes: meetingMinutes(input.durationMinutes ?? 120),
      location: optionalText(input.location, 'a location', TITLE_MAX),
    };
  }

  // Attendees see the meeting: for an alliance meeting, people who may read that alliance's meetings; for
  // the doorbraakoverleg, which its invitation opens to them, anyone who holds a role in the programme.
  private async checkAttendees(manager: EntityManager, allianceId: string | null, personIds: readonly string[], partnerIds: readonly string[]): Promise<void> {
    const people = await this.access.actorsOf(manager, personIds);
    const ineligible = personIds.find((personId) => {
      const person = people.get(personId);
      return !person || (allianceId === null ? person.memberships.length === 0 : !can(person, 'meeting.read', { allianceId }));
    });
    if (ineligible) {
      throw personNotEligible(ineligible, 'attendee');
    }
    const partners = partnerIds.length ? await manager.findBy(PartnerEntity, { id: In(partnerIds.map(requireUuid)) }) : [];
    const missingPartner = partnerIds.find(
      (partnerId) => !partners.some((partner) => partner.id === partnerId && (allianceId === null || partner.allianceId === allianceId)),
    );
    if (missingPartner) {
      throw invalidInput(`There is no partner with id "${missingPartner}" in this alliance.`);
    }
  }

  private async addAttendees(
    manager: EntityManager,
    meetingIds: readonly string[],
    input: { attendeePersonIds?: readonly string[]; attendeePartnerIds?: readonly string[] },
  ): Promise<void> {
    const rows = meetingIds.flatMap((meetingId) => [
      ...[...new Set(input.attendeePersonIds ?? [])].map((personId) => ({ meetingId, personId, partnerId: null, present: null })),
      ...[...new Set(input.attendeePartnerIds ?? [])].map((partnerId) => ({ meetingId, personId: null, partnerId, present: null })),
    ]);
    if (rows.length > 0) {
      await manager.insert(MeetingAttendeeEntity, rows);
    }
  }
}
