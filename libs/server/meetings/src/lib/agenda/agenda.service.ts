import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  agendaEditMode,
  amsterdamToday,
  formatDutchDate,
  formatDutchDayAndTime,
  meetingForCarryOver,
  moveInOrder,
  type AgendaChange,
  type AgendaUpdateKind,
} from '@doorbraak/domain';
import { AuditService } from '@doorbraak/server-audit';
import { notFound, requireUuid } from '@doorbraak/server-core';
import { AgendaAmendmentEntity, AgendaBacklogItemEntity, AgendaItemEntity, MeetingEntity, PersonEntity } from '@doorbraak/server-data';
import { NotificationsService, WEB_PATHS } from '@doorbraak/server-notifications';
import { alliancesOfItem, MeetingAccessService, subjectOf, type LinkedSubject } from '../access/meeting-access.service';
import { accessParams, agendaRowSql } from '../access/meeting-sql';
import type { AddAgendaItemInput, UpdateAgendaItemInput } from '../graphql/inputs';
import { attendeePersonIds } from '../meeting-people';
import {
  agendaClosed,
  alreadyCarriedOver,
  alreadyOnAgenda,
  escalatedItemStays,
  invalidInput,
  invalidStatus,
  minutesReadOnly,
  noNextMeeting,
} from '../meetings.exception';
import type { Caller } from '@doorbraak/server-core';
import { UnitOfWork, type AfterCommit } from '../unit-of-work.service';
import { agendaMinutes, cleanText, TITLE_MAX } from '../validation';
import { announceAgendaChange } from './agenda-events';
import { AgendaPlacementService } from './agenda-placement.service';

type Located = { item: AgendaItemEntity; meeting: MeetingEntity };

// One change to a published agenda: what happened to which item, and whether the item is still on it.
type Amendment = {
  change: AgendaChange;
  item: AgendaItemEntity;
  itemStays: boolean;
  urgent?: boolean;
  // Where a moved item went.
  position?: number;
  // The date (Amsterdam) of the meeting a carried-over item came from.
  carriedOverFrom?: string;
};

// The sentence the attendees are told (notifications are in Dutch); screens tell the change from its
// facts in the reader's language.
const dutchDescription = ({ change, item, position, carriedOverFrom }: Amendment): string => {
  if (carriedOverFrom) return `Doorgeschoven van ${formatDutchDate(carriedOverFrom)}: ${item.title}`;
  switch (change) {
    case 'ADDED':
      return `Toegevoegd: ${item.title}`;
    case 'UPDATED':
      return `Gewijzigd: ${item.title}`;
    case 'REMOVED':
      return `Vervallen: ${item.title}`;
    case 'MOVED':
      return `Verplaatst naar punt ${position}: ${item.title}`;
  }
};

@Injectable()
export class AgendaService {
  constructor(
    private readonly access: MeetingAccessService,
    private readonly placement: AgendaPlacementService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly work: UnitOfWork,
  ) {}

  async add(caller: Caller, meetingId: string, input: AddAgendaItemInput): Promise<AgendaItemEntity> {
    return this.work.run(async (manager, after) => {
      const { meeting } = await this.access.meetingFor(caller.actor, meetingId, manager, true);
      const mode = this.authorizeEdit(caller, meeting);
      const linked = await this.access.linkedSubject(manager, caller.actor, input);
      if (linked && meeting.allianceId !== null && !alliancesOfItem(linked).includes(meeting.allianceId)) {
        throw invalidInput('This item does not belong to the alliance of the meeting.');
      }
      const title = cleanText(input.title, 'a title', TITLE_MAX);
      const minutesAllotted = agendaMinutes(input.minutesAllotted ?? 10);
      await this.checkPresenter(manager, input.presenterId);
      let item: AgendaItemEntity | null;
      if (input.urgent) {
        item = await this.addUrgent(manager, caller, meeting, linked, { title, minutesAllotted, presenterId: input.presenterId ?? null }, input.position);
      } else {
        item = await this.placement.insertItem(
          manager,
          meeting.id,
          {
            title,
            kind: input.kind,
            source: 'MANUAL',
            minutesAllotted,
            presenterId: input.presenterId ?? null,
            ...subjectOf(linked),
          },
          input.position,
        );
      }
      if (!item) {
        throw alreadyOnAgenda();
      }
      if (mode === 'AMENDMENT') {
        await this.amend(manager, caller, meeting, { change: 'ADDED', item, itemStays: true, urgent: Boolean(input.urgent) }, after);
      }
      await this.audit.record(manager, caller, { operation: 'addAgendaItem', entityType: 'AgendaItem', entityId: item.id, before: null, after: item });
      this.announce(manager, caller, meeting.id, 'ADDED', item.id);
      return item;
    });
  }

  async update(caller: Caller, id: string, input: UpdateAgendaItemInput): Promise<AgendaItemEntity> {
    return this.work.run(async (manager, after) => {
      const { item, meeting } = await this.locate(manager, caller, id);
      const mode = this.authorizeEdit(caller, meeting);
      const before = { ...item };
      if (input.title != null) item.title = cleanText(input.title, 'a title', TITLE_MAX);
      if (input.kind != null) item.kind = input.kind;
      if (input.minutesAllotted != null) item.minutesAllotted = agendaMinutes(input.minutesAllotted);
      if (input.presenterId !== undefined) {
        await this.checkPresenter(manager, input.presenterId);
        item.presenterId = input.presenterId ?? null;
      }
      const saved = await manager.save(item);
      if (mode === 'AMENDMENT') {
        await this.amend(manager, caller, meeting, { change: 'UPDATED', item: saved, itemStays: true }, after);
      }
      await this.audit.record(manager, caller, { operation: 'updateAgendaItem', entityType: 'AgendaItem', entityId: saved.id, before, after: saved });
      this.announce(manager, caller, meeting.id, 'UPDATED', saved.id);
      return saved;
    });
  }

  async remove(caller: Caller, id: string): Promise<MeetingEntity> {
    return this.work.run(async (manager, after) => {
      const { item, meeting } = await this.locate(manager, caller, id);
      const mode = this.authorizeEdit(caller, meeting);
      if (item.source === 'ESCALATION') {
        throw escalatedItemStays();
      }
      await manager.delete(AgendaItemEntity, { id: item.id });
      await this.placement.compact(manager, meeting.id);
      if (mode === 'AMENDMENT') {
        await this.amend(manager, caller, meeting, { change: 'REMOVED', item, itemStays: false }, after);
      }
      await this.audit.record(manager, caller, { operation: 'removeAgendaItem', entityType: 'AgendaItem', entityId: item.id, before: item, after: null });
      this.announce(manager, caller, meeting.id, 'REMOVED', item.id);
      return meeting;
    });
  }

  // Positions stay dense (1..n): the meeting row is locked, so concurrent moves (and escalations
  // arriving at the same time) take turns, each on the order the previous one left.
  async move(caller: Caller, id: string, position: number): Promise<MeetingEntity> {
    return this.work.run(async (manager, after) => {
      const { item, meeting } = await this.locate(manager, caller, id);
      const mode = this.authorizeEdit(caller, meeting);
      const before: { id: string }[] = await manager.query(`SELECT id FROM agenda_item WHERE meeting_id = $1 ORDER BY position, id`, [meeting.id]);
      await this.placement.reorder(manager, meeting.id, (ids) => moveInOrder(ids, item.id, position));
      const [moved] = await manager.query(`SELECT position FROM agenda_item WHERE id = $1`, [item.id]);
      if (mode === 'AMENDMENT' && moved.position !== item.position) {
        await this.amend(manager, caller, meeting, { change: 'MOVED', item, itemStays: true, position: moved.position }, after);
      }
      await this.audit.record(manager, caller, { operation: 'moveAgendaItem', entityType: 'AgendaItem', entityId: item.id, before: { position: item.position, order: before.map((row) => row.id) }, after: { position: moved.position } });
      this.announce(manager, caller, meeting.id, 'MOVED', item.id);
      return meeting;
    });
  }

  // An unfinished item goes on the next meeting of the same type (and alliance), pointing back at this one.
  async carryOver(caller: Caller, id: string): Promise<AgendaItemEntity> {
    return this.work.run(async (manager, after) => {
      const { item, meeting } = await this.locate(manager, caller, id, false);
      this.access.require(caller.actor, 'agenda.draft', meeting, 'Only the programme bureau drafts the agenda.');
      if (meeting.status === 'DRAFT' || meeting.status === 'CANCELLED') {
        throw invalidStatus('Only an item of a published or held meeting can be carried over.');
      }
      // What was carried over is part of the minutes: once they are approved, that is settled.
      if (meeting.status === 'MINUTES_APPROVED') {
        throw minutesReadOnly();
      }
      const [already] = await manager.find(AgendaItemEntity, { where: { carriedOverFromId: item.id }, take: 1 });
      if (already) {
        throw alreadyCarriedOver();
      }
      const candidates = await manager.find(MeetingEntity, {
        where: { type: meeting.type, ...(meeting.allianceId ? { allianceId: meeting.allianceId } : {}) },
        select: { id: true, status: true, scheduledAt: true, allianceId: true },
      });
      const target = meetingForCarryOver(
        meeting,
        candidates.filter((candidate) => candidate.allianceId === meeting.allianceId),
      );
      if (!target) {
        throw noNextMeeting();
      }
      const locked = (await this.placement.lockMeeting(manager, target.id)) as MeetingEntity;
      if (locked.status === 'AGENDA_PUBLISHED') {
        this.access.require(caller.actor, 'meeting.manage', locked, 'Only the programme director changes a published agenda (as an amendment).');
      }
      const copy =
        (await this.placement.insertItem(manager, locked.id, {
          title: item.title,
          kind: item.kind,
          source: item.source,
          minutesAllotted: item.minutesAllotted,
          presenterId: item.presenterId,
          vastloperId: item.vastloperId,
          doorbraakId: item.doorbraakId,
          dossierId: item.dossierId,
          carriedOverFromId: item.id,
        })) ??
        // The escalated item is already on the next agenda (placed there by the ladder): nothing is doubled.
        (await this.placement.escalatedItemOn(manager, locked.id, item));
      if (!copy) {
        throw alreadyOnAgenda();
      }
      if (locked.status === 'AGENDA_PUBLISHED' && copy.carriedOverFromId === item.id) {
        await this.amend(manager, caller, locked, { change: 'ADDED', item: copy, itemStays: true, carriedOverFrom: amsterdamToday(meeting.scheduledAt) }, after);
      }
      await this.audit.record(manager, caller, { operation: 'carryOverAgendaItem', entityType: 'AgendaItem', entityId: copy.id, before: null, after: copy });
      this.announce(manager, caller, locked.id, 'CARRIED_OVER', copy.id);
      this.announce(manager, caller, meeting.id, 'CARRIED_OVER', item.id);
      return copy;
    });
  }

  private announce(manager: EntityManager, caller: Caller, meetingId: string, kind: AgendaUpdateKind, agendaItemId: string): void {
    announceAgendaChange(manager, meetingId, kind, { agendaItemId, actorId: caller.actor.personId, at: caller.now });
  }

  // Freely while drafted (agenda.draft); once published only as amendments by the programme director.
  private authorizeEdit(caller: Caller, meeting: MeetingEntity): 'DRAFT' | 'AMENDMENT' {
    const mode = agendaEditMode(meeting.status);
    if (mode === 'AMENDMENT') {
      this.access.require(caller.actor, 'meeting.manage', meeting, 'Only the programme director changes a published agenda (as an amendment).');
      return mode;
    }
    this.access.require(caller.actor, 'agenda.draft', meeting, 'Only the programme bureau drafts the agenda.');
    if (mode === 'CLOSED') {
      throw agendaClosed();
    }
    return mode;
  }

  // A programme director pulls an escalated item onto this (published) agenda: from a later agenda or the
  // "to schedule" list when it waits there, so it is on one agenda only.
  private async addUrgent(
    manager: EntityManager,
    caller: Caller,
    meeting: MeetingEntity,
    linked: LinkedSubject | null,
    fields: { title: string; minutesAllotted: number; presenterId: string | null },
    position: number | null | undefined,
  ): Promise<AgendaItemEntity | null> {
    this.access.require(caller.actor, 'meeting.manage', meeting, 'Only the programme director adds an urgent item.');
    if (!linked || linked.kind === 'DOSSIER') {
      throw invalidInput('An urgent amendment is about an escalated vastloper or doorbraak.');
    }
    const link = { vastloperId: linked.kind === 'VASTLOPER' ? linked.row.id : null, doorbraakId: linked.kind === 'DOORBRAAK' ? linked.row.id : null };
    const later: { id: string; meeting_id: string }[] = await manager.query(
      `SELECT ai.id, ai.meeting_id FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
        WHERE ai.source = 'ESCALATION' AND ai.${link.vastloperId ? 'vastloper_id' : 'doorbraak_id'} = $1
          AND m.type = $2 AND m.alliance_id IS NOT DISTINCT FROM $3 AND m.status IN ('DRAFT', 'AGENDA_PUBLISHED')
          AND m.scheduled_at > $4 AND m.id <> $5`,
      [link.vastloperId ?? link.doorbraakId, meeting.type, meeting.allianceId, meeting.scheduledAt, meeting.id],
    );
    const item = await this.placement.insertItem(
      manager,
      meeting.id,
      { ...fields, kind: 'ESCALATION', source: 'ESCALATION', ...link },
      position,
    );
    if (!item) {
      return null;
    }
    for (const row of later) {
      // The lock order (this meeting, then the later one) is the same for every urgent amendment.
      await this.placement.lockMeeting(manager, row.meeting_id);
      await manager.delete(AgendaItemEntity, { id: row.id });
      await this.placement.compact(manager, row.meeting_id);
    }
    await manager
      .createQueryBuilder()
      .update(AgendaBacklogItemEntity)
      .set({ placedAt: caller.now, agendaItemId: item.id })
      .where('placed_at IS NULL AND meeting_type = :type', { type: meeting.type })
      .andWhere(link.vastloperId ? 'vastloper_id = :id' : 'doorbraak_id = :id', { id: link.vastloperId ?? link.doorbraakId })
      .execute();
    return item;
  }

  // An amendment names its item, so it is as confidential as what the item is about: it keeps the item's
  // vastloper or doorbraak (also once the item is removed), and only attendees who may read that are told.
  private async amend(manager: EntityManager, caller: Caller, meeting: MeetingEntity, facts: Amendment, after: AfterCommit): Promise<void> {
    const { item, urgent = false } = facts;
    const description = dutchDescription(facts);
    const subject = { vastloperId: item.vastloperId, doorbraakId: item.doorbraakId };
    const amendment = await manager.save(
      manager.create(AgendaAmendmentEntity, {
        meetingId: meeting.id,
        agendaItemId: facts.itemStays ? item.id : null,
        ...subject,
        change: facts.change,
        description,
        itemTitle: item.title,
        position: facts.position ?? null,
        carriedOverFrom: facts.carriedOverFrom ?? null,
        urgent,
        actorId: caller.actor.personId,
      }),
    );
    after.notified(
      await this.notifications.notify(manager, {
        recipientIds: await this.access.readersOf(manager, await attendeePersonIds(manager, meeting.id), { ...subject, dossierId: item.dossierId }),
        kind: 'AGENDA_PUBLISHED',
        dedupeKey: `agenda-amended-${amendment.id}`,
        message: `De agenda van ${meeting.title} op ${formatDutchDayAndTime(meeting.scheduledAt)} is gewijzigd${urgent ? ' (urgent)' : ''}. ${description}`,
        link: WEB_PATHS.meeting(meeting.id),
        meetingId: meeting.id,
      }),
    );
  }

  // The item and its meeting, locked; an item the caller may not see does not exist for them.
  private async locate(manager: EntityManager, caller: Caller, id: string, lock = true): Promise<Located> {
    const found = await manager
      .createQueryBuilder(AgendaItemEntity, 'ai')
      .innerJoin(MeetingEntity, 'm', 'm.id = ai.meeting_id')
      .where('ai.id = :id', { id: requireUuid(id) })
      .andWhere(agendaRowSql('m', 'ai'), accessParams(caller.actor))
      .getOne();
    if (!found) {
      throw notFound('agenda item', id);
    }
    const { meeting } = await this.access.meetingFor(caller.actor, found.meetingId, manager, lock);
    const item = await manager.findOneByOrFail(AgendaItemEntity, { id: found.id });
    return { item, meeting };
  }

  private async checkPresenter(manager: EntityManager, presenterId: string | null | undefined): Promise<void> {
    if (presenterId && !(await manager.existsBy(PersonEntity, { id: requireUuid(presenterId) }))) {
      throw invalidInput(`There is no person with id "${presenterId}".`);
    }
  }
}
