import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import {
  ESCALATION_RUNGS,
  formatDutchDate,
  meetingForEscalation,
  meetingTypeOfRung,
  OPEN_VASTLOPER_STATUSES,
  rungIndex,
  type AgendaItemKind,
  type AgendaItemSource,
  type EscalationRung,
  type MeetingType,
} from '@doorbraak/domain';
import {
  AgendaBacklogItemEntity,
  AgendaItemEntity,
  DecisionEntity,
  DoorbraakEntity,
  DossierEntity,
  MeetingEntity,
  VastloperEntity,
} from '@doorbraak/server-data';
import { announceAgendaChange } from './agenda-events';

export type NewAgendaItem = {
  readonly title: string;
  readonly kind: AgendaItemKind;
  readonly source: AgendaItemSource;
  readonly minutesAllotted?: number;
  readonly presenterId?: string | null;
  readonly vastloperId?: string | null;
  readonly doorbraakId?: string | null;
  readonly dossierId?: string | null;
  readonly carriedOverFromId?: string | null;
};

const ESCALATION_MINUTES = 20;

const escalationTitle = (itemTitle: string): string => `Escalatie: ${itemTitle}`;

// What an escalated agenda row is about: a vastloper, a doorbraak, or a national dossier.
type LadderItemColumns = { readonly vastloperId: string | null; readonly doorbraakId: string | null; readonly dossierId?: string | null };

type SubjectColumn = 'vastloper_id' | 'doorbraak_id' | 'dossier_id';

const subjectOf = (item: LadderItemColumns): { column: SubjectColumn; id: string } =>
  item.vastloperId
    ? { column: 'vastloper_id', id: item.vastloperId }
    : item.doorbraakId
      ? { column: 'doorbraak_id', id: item.doorbraakId }
      : { column: 'dossier_id', id: item.dossierId as string };

// The agenda items a batch's escalations will append, by the id each was given (see writeQueuedEscalations).
const QUEUED = 'queued-escalations';
type QueuedEscalation = { readonly id: string; readonly meetingId: string; readonly subject: string; readonly item: NewAgendaItem };

const queueEscalation = (memo: Map<string, unknown>, meetingId: string, item: NewAgendaItem): string => {
  const queued = (memo.get(QUEUED) as QueuedEscalation[] | undefined) ?? [];
  memo.set(QUEUED, queued);
  const subject = subjectOf(item as LadderItemColumns).id;
  const same = queued.find((entry) => entry.meetingId === meetingId && entry.subject === subject);
  if (same) return same.id;
  const id = randomUUID();
  queued.push({ id, meetingId, subject, item });
  return id;
};

// Where a batch remembers the meeting its escalations of one meeting type and alliance go to.
const targetKey = (meetingType: MeetingType, allianceId: string | null): string => `target-${meetingType}-${allianceId ?? ''}`;

const hasSubject = (item: LadderItemColumns): boolean => item.vastloperId !== null || item.doorbraakId !== null || (item.dossierId ?? null) !== null;

// The meeting types of the rungs above `openAt` (all of them when the item is open at no rung).
const meetingTypesAbove = (openAt: EscalationRung | null): MeetingType[] =>
  ESCALATION_RUNGS.filter((rung) => openAt === null || rungIndex(rung) > rungIndex(openAt)).flatMap((rung) => meetingTypeOfRung(rung) ?? []);

const isOpen = (status: string): boolean => (OPEN_VASTLOPER_STATUSES as readonly string[]).includes(status) || status === 'LOPEND';

// The rung an escalated item waits on when its meeting type has no meeting planned.
const rungOfMeetingType = (type: MeetingType, itemRung: EscalationRung | null): EscalationRung =>
  type === 'DOORBRAAKOVERLEG' ? 'DOORBRAAKOVERLEG' : type === 'ALLIANTIE' ? 'ALLIANTIE' : (itemRung ?? 'PROGRAMMABUREAU');

// The agenda rules shared by every change that puts items on agendas: dense positions under a lock on the
// meeting row (the escalation worker takes the same lock), nothing escalated twice on one agenda, and
// nothing escalated ever lost.
@Injectable()
export class AgendaPlacementService {
  async lockMeeting(manager: EntityManager, meetingId: string): Promise<MeetingEntity | null> {
    return manager.findOne(MeetingEntity, { where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
  }

  // Appends (or inserts at a position) on a meeting whose row the caller has locked. Returns null when the
  // escalated item is already on this agenda (the unique index says so).
  async insertItem(manager: EntityManager, meetingId: string, item: NewAgendaItem, position?: number | null): Promise<AgendaItemEntity | null> {
    const id = await this.insertItemId(manager, meetingId, item, position);
    return id ? manager.findOneByOrFail(AgendaItemEntity, { id }) : null;
  }

  // The same, answering the new row's id only.
  private async insertItemId(manager: EntityManager, meetingId: string, item: NewAgendaItem, position?: number | null): Promise<string | null> {
    const [{ count }]: { count: number }[] = await manager.query(`SELECT count(*)::int AS count FROM agenda_item WHERE meeting_id = $1`, [meetingId]);
    const escalatedItem =
      item.source === 'ESCALATION' ? (item.vastloperId ? 'vastloper_id' : item.doorbraakId ? 'doorbraak_id' : item.dossierId ? 'dossier_id' : null) : null;
    // The position constraint is deferrable, so ON CONFLICT must name the escalation index it means.
    const conflict = escalatedItem
      ? `ON CONFLICT (meeting_id, ${escalatedItem}) WHERE source = 'ESCALATION' AND ${escalatedItem} IS NOT NULL DO NOTHING`
      : '';
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO agenda_item (meeting_id, position, title, kind, source, minutes_allotted, presenter_id, vastloper_id, doorbraak_id, carried_over_from_id, dossier_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ${conflict} RETURNING id`,
      [
        meetingId,
        count + 1,
        item.title,
        item.kind,
        item.source,
        item.minutesAllotted ?? 10,
        item.presenterId ?? null,
        item.vastloperId ?? null,
        item.doorbraakId ?? null,
        item.carriedOverFromId ?? null,
        item.dossierId ?? null,
      ],
    );
    const id = rows[0]?.id;
    if (!id) {
      return null;
    }
    if (position != null && position < count + 1) {
      await this.reorder(manager, meetingId, (ids) => {
        const rest = ids.filter((other) => other !== id);
        const at = Math.max(1, Math.trunc(position)) - 1;
        return [...rest.slice(0, at), id, ...rest.slice(at)];
      });
    }
    return id;
  }

  // Rewrites every position from a new order in one statement (the unique constraint is checked at its end).
  async reorder(manager: EntityManager, meetingId: string, order: (ids: string[]) => string[]): Promise<void> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM agenda_item WHERE meeting_id = $1 ORDER BY position, id`, [meetingId]);
    const ids = order(rows.map((row) => row.id));
    await manager.query(
      `UPDATE agenda_item AS ai SET position = o.position
         FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
        WHERE ai.id = o.id AND ai.meeting_id = $1 AND ai.position <> o.position`,
      [meetingId, ids],
    );
  }

  // Closes the gap an item left behind.
  compact(manager: EntityManager, meetingId: string): Promise<void> {
    return this.reorder(manager, meetingId, (ids) => ids);
  }

  // The meeting an escalated item goes to now (DOMAIN §3 rule 3; see meetingForEscalation), locked.
  async escalationTarget(manager: EntityManager, type: MeetingType, allianceId: string | null, now: Date): Promise<MeetingEntity | null> {
    // The choice is read without locks; once locked, the meeting must still qualify (it may have been
    // published or cancelled in between), else choose again.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const candidates = await manager.find(MeetingEntity, {
        where: { type, allianceId: allianceId ?? IsNull(), status: In(['DRAFT', 'AGENDA_PUBLISHED']) },
        select: { id: true, status: true, scheduledAt: true },
      });
      const target = meetingForEscalation(candidates, now);
      if (!target) {
        return null;
      }
      const locked = await this.lockMeeting(manager, target.id);
      if (locked && meetingForEscalation([locked], now)) {
        return locked;
      }
    }
    // Meetings kept changing under us: fail, so the change is retried rather than the item set aside.
    throw new Error(`no stable ${type} meeting to place an escalation on`);
  }

  // The meetings a batch's escalations will go to (each a meeting type of an alliance, or the national one), chosen
  // with one read and locked with one statement, in id order, and remembered as placeEscalation remembers them. A
  // choice that no longer qualifies once locked is left to placeEscalation, which chooses again.
  async chooseEscalationTargets(
    manager: EntityManager,
    memo: Map<string, unknown>,
    targets: readonly { meetingType: MeetingType; allianceId: string | null }[],
    now: Date,
  ): Promise<void> {
    const wanted = [...new Map(targets.map((target) => [targetKey(target.meetingType, target.allianceId), target])).entries()].filter(([key]) => !memo.has(key));
    if (wanted.length === 0) {
      return;
    }
    const allianceIds = [...new Set(wanted.map(([, target]) => target.allianceId).filter((id): id is string => id !== null))];
    const candidates = await manager
      .createQueryBuilder(MeetingEntity, 'meeting')
      .select(['meeting.id', 'meeting.status', 'meeting.scheduledAt', 'meeting.type', 'meeting.allianceId'])
      .where(`meeting.status IN ('DRAFT', 'AGENDA_PUBLISHED') AND meeting.type IN (:...types)`, { types: [...new Set(wanted.map(([, target]) => target.meetingType))] })
      .andWhere('(meeting.allianceId = ANY(:allianceIds) OR (meeting.allianceId IS NULL AND :national))', {
        allianceIds,
        national: wanted.some(([, target]) => target.allianceId === null),
      })
      .getMany();
    const chosen = wanted.map(([key, { meetingType, allianceId }]) => ({
      key,
      meeting: meetingForEscalation(
        candidates.filter((meeting) => meeting.type === meetingType && meeting.allianceId === allianceId),
        now,
      ),
    }));
    const ids = chosen.flatMap(({ meeting }) => (meeting ? [meeting.id] : []));
    const locked = ids.length ? await manager.find(MeetingEntity, { where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } }) : [];
    for (const { key, meeting } of chosen) {
      const row = meeting ? locked.find((other) => other.id === meeting.id) : undefined;
      if (!meeting) {
        memo.set(key, null);
      } else if (row && meetingForEscalation([row], now)) {
        memo.set(key, row);
      }
    }
  }

  // An item arriving at a meeting rung: onto the agenda of that rung's next open meeting, or onto the rung's
  // "to schedule" list. Answers the agenda item, or null when the item waits.
  async placeEscalation(
    manager: EntityManager,
    placement: {
      item: LadderItemColumns;
      title: string;
      rung: EscalationRung;
      meetingType: MeetingType;
      allianceId: string | null;
      now: Date;
      memo?: Map<string, unknown>;
    },
  ): Promise<string | null> {
    const { item, meetingType, allianceId, rung, now, memo } = placement;
    // Items escalating together in one transaction at one moment share their target, chosen and locked once;
    // the lock holds until that transaction ends, so the choice stays valid for all of them.
    const key = targetKey(meetingType, allianceId);
    const target = memo?.has(key)
      ? (memo.get(key) as MeetingEntity | null)
      : await this.escalationTarget(manager, meetingType, allianceId, now);
    memo?.set(key, target);
    if (!target) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(AgendaBacklogItemEntity)
        .values({ meetingType, allianceId, ...item, rung, reason: `Geëscaleerd naar ${rung}; nog geen vergadering gepland.` })
        .orIgnore()
        .execute();
      return null;
    }
    const agendaItem: NewAgendaItem = { title: escalationTitle(placement.title), kind: 'ESCALATION', source: 'ESCALATION', minutesAllotted: ESCALATION_MINUTES, ...item };
    if (memo) {
      return queueEscalation(memo, target.id, agendaItem);
    }
    const inserted = await this.insertItemId(manager, target.id, agendaItem, null);
    if (inserted) {
      announceAgendaChange(manager, target.id, 'ESCALATION', { agendaItemId: inserted, at: now });
    }
    return inserted ?? (await this.escalatedItemOn(manager, target.id, item))?.id ?? null;
  }

  // Writes the agenda items a batch's escalations queued (see placeEscalation), appended in the order they were
  // placed: one statement per kind of item for all the batch's meetings, whose rows the batch holds locked.
  // Answers, for an item already on that agenda (escalated there before, sent down, and back), the id of the row
  // it has there in place of the id it was given.
  async writeQueuedEscalations(manager: EntityManager, memo: Map<string, unknown>, now: Date): Promise<ReadonlyMap<string, string>> {
    const queued = ((memo.get(QUEUED) as QueuedEscalation[] | undefined) ?? []).splice(0);
    const replaced = new Map<string, string>();
    if (queued.length === 0) {
      return replaced;
    }
    const meetingIds = [...new Set(queued.map((entry) => entry.meetingId))];
    const counts: { meetingId: string; count: number }[] = await manager.query(
      `SELECT meeting_id AS "meetingId", count(*)::int AS count FROM agenda_item WHERE meeting_id = ANY($1) GROUP BY meeting_id`,
      [meetingIds],
    );
    const next = new Map(meetingIds.map((meetingId) => [meetingId, counts.find((row) => row.meetingId === meetingId)?.count ?? 0]));
    const rows = queued.map(({ id, meetingId, item }) => {
      const position = (next.get(meetingId) ?? 0) + 1;
      next.set(meetingId, position);
      return {
        id,
        meeting_id: meetingId,
        position,
        title: item.title,
        kind: item.kind,
        source: item.source,
        minutes_allotted: item.minutesAllotted ?? 10,
        vastloper_id: item.vastloperId ?? null,
        doorbraak_id: item.doorbraakId ?? null,
        dossier_id: item.dossierId ?? null,
      };
    });
    const inserted = new Set<string>();
    for (const column of ['vastloper_id', 'doorbraak_id', 'dossier_id'] as const) {
      const ofKind = rows.filter((row) => row[column] !== null);
      if (ofKind.length === 0) continue;
      const written: { id: string }[] = await manager.query(
        `INSERT INTO agenda_item (id, meeting_id, position, title, kind, source, minutes_allotted, vastloper_id, doorbraak_id, dossier_id)
         SELECT id, meeting_id, position, title, kind, source, minutes_allotted, vastloper_id, doorbraak_id, dossier_id
           FROM jsonb_populate_recordset(NULL::agenda_item, $1::jsonb)
         ON CONFLICT (meeting_id, ${column}) WHERE source = 'ESCALATION' AND ${column} IS NOT NULL DO NOTHING
         RETURNING id`,
        [JSON.stringify(ofKind)],
      );
      for (const row of written) inserted.add(row.id);
    }
    // Already on the agenda: that row stays where it is, and the positions after the ones skipped close up.
    const skipped = queued.filter((entry) => !inserted.has(entry.id));
    for (const { id, meetingId, item } of skipped) {
      const existing = await this.escalatedItemOn(manager, meetingId, item as LadderItemColumns);
      if (existing) replaced.set(id, existing.id);
    }
    for (const meetingId of new Set(skipped.map((entry) => entry.meetingId))) {
      await this.compact(manager, meetingId);
    }
    for (const { id, meetingId } of queued.filter((entry) => inserted.has(entry.id))) {
      announceAgendaChange(manager, meetingId, 'ESCALATION', { agendaItemId: id, at: now });
    }
    return replaced;
  }

  // An escalated item that left its rung (resolved, parked, withdrawn, sent down) leaves the "to schedule"
  // lists and the draft agendas of the meetings above `openAt`; a published agenda is frozen and keeps it.
  async withdrawEscalation(manager: EntityManager, item: LadderItemColumns, openAt: EscalationRung | null, now: Date): Promise<void> {
    const types = meetingTypesAbove(openAt);
    if (types.length === 0) {
      return;
    }
    const { column, id: itemId } = subjectOf(item);
    const placed: { id: string; meetingId: string }[] = await manager.query(
      `SELECT ai.id, ai.meeting_id AS "meetingId" FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
        WHERE ai.${column} = $1 AND ai.source = 'ESCALATION' AND m.type = ANY($2) AND m.status = 'DRAFT' AND m.scheduled_at > $3
        ORDER BY m.id`,
      [itemId, types, now],
    );
    const meetings = [...new Set(placed.map((row) => row.meetingId))];
    for (const meetingId of meetings) {
      await this.lockMeeting(manager, meetingId);
    }
    const agendaItemIds = placed.map((row) => row.id);
    await manager.query(
      `DELETE FROM agenda_backlog_item WHERE ${column} = $1 AND (agenda_item_id = ANY($2::uuid[]) OR (placed_at IS NULL AND meeting_type = ANY($3)))`,
      [itemId, agendaItemIds, types],
    );
    if (agendaItemIds.length > 0) {
      await manager.delete(AgendaItemEntity, { id: In(agendaItemIds) });
    }
    for (const meetingId of meetings) {
      await this.compact(manager, meetingId);
      announceAgendaChange(manager, meetingId, 'ESCALATION', { at: now });
    }
  }

  // Items waiting on a rung's "to schedule" list go onto the meeting that is now their target.
  async placeWaiting(manager: EntityManager, type: MeetingType, allianceId: string | null, now: Date): Promise<string[]> {
    const waiting = await manager.count(AgendaBacklogItemEntity, {
      where: { meetingType: type, allianceId: allianceId ?? IsNull(), placedAt: IsNull() },
    });
    if (waiting === 0) {
      return [];
    }
    const target = await this.escalationTarget(manager, type, allianceId, now);
    if (!target) {
      return [];
    }
    const rows = await manager
      .createQueryBuilder(AgendaBacklogItemEntity, 'b')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('b.meetingType = :type AND b.placedAt IS NULL', { type })
      .andWhere(allianceId === null ? 'b.allianceId IS NULL' : 'b.allianceId = :allianceId', { allianceId })
      .orderBy('b.createdAt', 'ASC')
      .getMany();
    const placed: string[] = [];
    for (const row of rows) {
      const item = await this.ladderItem(manager, row);
      // Only an item still open at (or above) the rung it waits for goes on the agenda; the rest are withdrawn.
      if (!item?.rung || !isOpen(item.status) || rungIndex(item.rung) < rungIndex(row.rung)) {
        await manager.delete(AgendaBacklogItemEntity, { id: row.id });
        continue;
      }
      const inserted = await this.insertItem(manager, target.id, {
        title: escalationTitle(item.title),
        kind: 'ESCALATION',
        source: 'ESCALATION',
        minutesAllotted: ESCALATION_MINUTES,
        vastloperId: row.vastloperId,
        doorbraakId: row.doorbraakId,
        dossierId: row.dossierId,
      });
      const agendaItemId = inserted?.id ?? (await this.escalatedItemOn(manager, target.id, row))?.id ?? null;
      await manager.update(AgendaBacklogItemEntity, { id: row.id }, { placedAt: now, agendaItemId });
      placed.push(row.id);
      if (inserted) {
        announceAgendaChange(manager, target.id, 'ESCALATION', { at: now });
      }
    }
    return placed;
  }

  // Cancelling a meeting moves its escalated items to the next meeting of that type, or onto the rung's
  // "to schedule" list; an item that is already on the target stays where it is, so nothing is doubled.
  async moveEscalations(manager: EntityManager, cancelled: MeetingEntity, now: Date): Promise<{ moved: string[]; waiting: string[] }> {
    const items = await manager.find(AgendaItemEntity, {
      where: [
        { meetingId: cancelled.id, source: 'ESCALATION' },
        { meetingId: cancelled.id, kind: 'ESCALATION' },
      ],
      order: { position: 'ASC' },
    });
    const linked = items.filter(hasSubject);
    if (linked.length === 0) {
      return { moved: [], waiting: [] };
    }
    const target = await this.escalationTarget(manager, cancelled.type, cancelled.allianceId, now);
    const moved: string[] = [];
    const waiting: string[] = [];
    for (const item of linked) {
      if (target) {
        if (await this.escalatedItemOn(manager, target.id, item)) {
          continue;
        }
        const [{ count }]: { count: number }[] = await manager.query(
          `SELECT count(*)::int AS count FROM agenda_item WHERE meeting_id = $1`,
          [target.id],
        );
        await manager.update(AgendaItemEntity, { id: item.id }, { meetingId: target.id, position: count + 1 });
        moved.push(item.id);
      } else {
        const rung = await this.itemRung(manager, item);
        await manager
          .createQueryBuilder()
          .insert()
          .into(AgendaBacklogItemEntity)
          .values({
            meetingType: cancelled.type,
            allianceId: cancelled.allianceId,
            vastloperId: item.vastloperId,
            doorbraakId: item.doorbraakId,
            dossierId: item.dossierId,
            rung: rungOfMeetingType(cancelled.type, rung),
            reason: `De vergadering van ${formatDutchDate(cancelled.scheduledAt)} is geannuleerd; er is nog geen volgende gepland.`,
          })
          .orIgnore()
          .execute();
        waiting.push(item.id);
      }
    }
    if (moved.length > 0) {
      await this.compact(manager, cancelled.id);
      announceAgendaChange(manager, (target as MeetingEntity).id, 'ESCALATION', { at: now });
    }
    return { moved, waiting };
  }

  // Decisions whose review date has come go back on the first open agenda of their kind of meeting on or
  // after that date, once.
  async placeDueReviews(manager: EntityManager, now: Date, onlyDecisionId?: string): Promise<string[]> {
    const due: { id: string; text: string; review_date: string; type: MeetingType; alliance_id: string | null; vastloper_id: string | null; doorbraak_id: string | null }[] =
      await manager.query(
        `SELECT d.id, d.text, to_char(d.review_date, 'YYYY-MM-DD') AS review_date, m.type, m.alliance_id, d.vastloper_id, d.doorbraak_id
           FROM decision d JOIN meeting m ON m.id = d.meeting_id
          WHERE d.review_date IS NOT NULL AND d.review_agenda_item_id IS NULL AND ($1::uuid IS NULL OR d.id = $1)
          ORDER BY d.review_date, d.id
          FOR UPDATE OF d SKIP LOCKED`,
        [onlyDecisionId ?? null],
      );
    const placed: string[] = [];
    for (const decision of due) {
      const [target]: { id: string }[] = await manager.query(
        `SELECT id FROM meeting
          WHERE type = $1 AND alliance_id IS NOT DISTINCT FROM $2 AND status = 'DRAFT' AND scheduled_at > $3
            AND (scheduled_at AT TIME ZONE 'Europe/Amsterdam')::date >= $4::date
          ORDER BY scheduled_at, id LIMIT 1`,
        [decision.type, decision.alliance_id, now, decision.review_date],
      );
      if (!target || !(await this.lockMeeting(manager, target.id))) {
        continue;
      }
      const text = Array.from(decision.text);
      const item = await this.insertItem(manager, target.id, {
        title: `Herbeoordeling besluit: ${text.length > 150 ? `${text.slice(0, 149).join('')}…` : decision.text}`,
        kind: 'DECISION',
        source: 'MANUAL',
        minutesAllotted: 10,
        vastloperId: decision.vastloper_id,
        doorbraakId: decision.doorbraak_id,
      });
      if (item) {
        await manager.update(DecisionEntity, { id: decision.id }, { reviewAgendaItemId: item.id });
        placed.push(decision.id);
        announceAgendaChange(manager, target.id, 'ADDED', { agendaItemId: item.id, at: now });
      }
    }
    return placed;
  }

  async escalatedItemOn(manager: EntityManager, meetingId: string, item: LadderItemColumns): Promise<AgendaItemEntity | null> {
    const { column, id } = subjectOf(item);
    const [row]: { id: string }[] = await manager.query(
      `SELECT id FROM agenda_item WHERE meeting_id = $1 AND source = 'ESCALATION' AND ${column} = $2`,
      [meetingId, id],
    );
    return row ? manager.findOneBy(AgendaItemEntity, { id: row.id }) : null;
  }

  private async ladderItem(manager: EntityManager, item: LadderItemColumns): Promise<{ title: string; rung: EscalationRung | null; status: string } | null> {
    const select = { title: true, rung: true, status: true } as const;
    if (item.vastloperId) return manager.findOne(VastloperEntity, { where: { id: item.vastloperId }, select });
    if (item.doorbraakId) return manager.findOne(DoorbraakEntity, { where: { id: item.doorbraakId }, select });
    return manager.findOne(DossierEntity, { where: { id: item.dossierId as string }, select });
  }

  private async itemRung(manager: EntityManager, item: LadderItemColumns): Promise<EscalationRung | null> {
    return (await this.ladderItem(manager, item))?.rung ?? null;
  }
}
