import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  amsterdamToday,
  answeredStatusRequest,
  briefingWindow,
  canReadItem,
  CLOSED_VASTLOPER_STATUSES,
  figuresPerActielijn,
  type Actor,
  type Actielijn,
  type EscalationCause,
  type EscalationRung,
} from '@doorbraak/domain';
import { entitiesFromJson } from '@doorbraak/server-core';
import { ActionItemEntity, AgendaItemEntity, AllianceEntity, DoorbraakEntity, MeetingEntity, VastloperEntity } from '@doorbraak/server-data';
import { MeetingAccessService } from '../access/meeting-access.service';
import { accessParams, agendaRowSql, preparedNamedQuery, visibleActionItemSql } from '../access/meeting-sql';
import type { MeetingItemRef } from '../graphql/meeting.model';
import { invalidInput } from '../meetings.exception';
import type { BriefingMove, BriefingNoUpdate, BriefingTotals, MeetingBriefing } from './briefing.model';
import { moveDirectionSql } from './move-direction-sql';

type Direction = 'ESCALATED' | 'DE_ESCALATED';

// A move of the period as its JSON gives it: a line (one move, `at` an instant's ISO text), or a count of a
// direction's moves per actielijn (`n`).
type MoveRow = {
  shape: 'line' | 'count';
  direction: Direction;
  actielijn: Actielijn | null;
  n: number | null;
  cause: EscalationCause;
  from_rung: EscalationRung | null;
  to_rung: EscalationRung;
  reason: string | null;
  at: string | null;
  vastloper_id: string | null;
  doorbraak_id: string | null;
};

const vastloperRef = (row: VastloperEntity): MeetingItemRef => ({
  id: row.id,
  kind: 'VASTLOPER',
  title: row.title,
  status: row.status,
  rung: row.rung,
  actielijn: row.actielijn,
  allianceId: row.allianceId,
  confidential: row.confidential,
  lastProgressAt: row.lastProgressAt,
  ownerId: row.ownerId,
});

const doorbraakRef = (row: DoorbraakEntity): MeetingItemRef => ({
  id: row.id,
  kind: 'DOORBRAAK',
  title: row.title,
  status: row.status,
  rung: row.rung,
  actielijn: row.actielijn,
  allianceId: row.allianceId,
  confidential: false,
  lastProgressAt: row.lastProgressAt,
  ownerId: row.ownerId,
});

const OPEN_VASTLOPER = ['OPEN', 'IN_BEHANDELING'] as const;

// Each list of the briefing holds at most this many lines, the most telling first (the longest overdue, the
// longest waiting); its total says how many there are in all, so the page can point to the full, paged list.
export const BRIEFING_LIST_LIMIT = 20;

const sqlList = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');

type ListRow = { list: string; id: string; total: number };
type CountRow = { measure: string; actielijn: Actielijn | null; n: number };

// The first ids of each named list, with the list's total.
const firstOfEach = (rows: readonly ListRow[]) => {
  const lists = new Map<string, { ids: string[]; total: number }>();
  for (const row of rows) {
    const list = lists.get(row.list) ?? { ids: [], total: row.total };
    list.ids.push(row.id);
    lists.set(row.list, list);
  }
  return (name: string) => lists.get(name) ?? { ids: [], total: 0 };
};

const isId = (id: string | null): id is string => id !== null;

const byIds = <T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] => {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
};

// JSON of a table's rows, made into entities by entitiesFromJson.
type JsonRow = Record<string, unknown>;

type Visible = (alias: string) => string;

// The first ids of the period's new vastlopers, of the items late at the top, of the vastlopers whose ministry
// is late to answer, and of the doorbraken achieved; each with its list's total.
const ITEM_LISTS_SQL = (visible: Visible): string => `(SELECT 'new' AS list, v.id, count(*) OVER () AS total FROM vastloper v
    WHERE v.alliance_id = :allianceId${visible('v')} AND v.created_at > :from AND v.created_at <= :to
    ORDER BY v.created_at, v.id LIMIT :limit)
  UNION ALL
  (SELECT 'stalledAtTop', s.id, count(*) OVER () FROM (
     SELECT v.id, v.overdue_at FROM vastloper v
      WHERE v.alliance_id = :allianceId${visible('v')} AND v.status IN (${sqlList(OPEN_VASTLOPER)})
        AND v.rung = 'DOORBRAAKOVERLEG' AND v.overdue_at IS NOT NULL
     UNION ALL
     SELECT d.id, d.overdue_at FROM doorbraak d
      WHERE d.alliance_id = :allianceId AND d.status = 'LOPEND' AND d.rung = 'DOORBRAAKOVERLEG' AND d.overdue_at IS NOT NULL) s
    ORDER BY s.overdue_at, s.id LIMIT :limit)
  UNION ALL
  (SELECT 'answerOverdue', v.id, count(*) OVER () FROM answer_clock c JOIN vastloper v ON v.id = c.vastloper_id
    WHERE v.alliance_id = :allianceId${visible('v')} AND c.closed_at IS NULL AND c.answered_at IS NULL
      AND ((c.acknowledged_at IS NULL AND c.acknowledge_by <= :now) OR c.answer_by <= :now)
    ORDER BY c.reached_ministry_at, c.id LIMIT :limit)
  UNION ALL
  (SELECT 'doorbrakenAchieved', d.id, count(*) OVER () FROM doorbraak d
    WHERE d.alliance_id = :allianceId AND d.status = 'BEREIKT' AND d.achieved_at > :from AND d.achieved_at <= :to
    ORDER BY d.achieved_at, d.id LIMIT :limit)`;

// The closed statuses are written into the statement, so PostgreSQL proves that IDX_vastloper_unclosed
// holds every row counted and counts from the index alone.
const COUNTS_SQL = (visible: Visible): string => `SELECT 'openVastlopers' AS measure, v.actielijn, count(*) AS n FROM vastloper v
   WHERE v.alliance_id = :allianceId${visible('v')} AND v.status NOT IN (${sqlList(CLOSED_VASTLOPER_STATUSES)}) AND v.created_at <= :to
   GROUP BY v.actielijn
  UNION ALL
  SELECT 'newVastlopers', v.actielijn, count(*) FROM vastloper v
   WHERE v.alliance_id = :allianceId${visible('v')} AND v.created_at > :from AND v.created_at <= :to
   GROUP BY v.actielijn
  UNION ALL
  SELECT 'resolvedVastlopers', v.actielijn, count(*) FROM vastloper v
   WHERE v.alliance_id = :allianceId${visible('v')} AND v.status = 'OPGELOST' AND v.resolved_at > :from AND v.resolved_at <= :to
   GROUP BY v.actielijn
  UNION ALL
  SELECT 'doorbrakenAchieved', d.actielijn, count(*) FROM doorbraak d
   WHERE d.alliance_id = :allianceId AND d.status = 'BEREIKT' AND d.achieved_at > :from AND d.achieved_at <= :to
   GROUP BY d.actielijn`;

// Only what the reader may see: nothing made from an agenda item about an item they may not read.
const ACTION_LISTS_SQL = `WITH open AS MATERIALIZED (
    SELECT a.id, a.kind, a.due_date, a.created_at, a.progress_note_at FROM action_item a
     WHERE a.alliance_id = :allianceId AND a.status = 'OPEN' AND ${visibleActionItemSql('a')})
  (SELECT 'overdue' AS list, o.id, count(*) OVER () AS total FROM open o WHERE o.due_date < :today
    ORDER BY o.due_date, o.created_at, o.id LIMIT :limit)
  UNION ALL
  (SELECT 'commitments', o.id, count(*) OVER () FROM open o WHERE o.kind = 'COMMITMENT'
    ORDER BY o.created_at, o.id LIMIT :limit)
  UNION ALL
  (SELECT 'noUpdate', o.id, count(*) OVER () FROM open o
    WHERE CAST(:requestedAt AS timestamptz) IS NOT NULL AND (o.progress_note_at IS NULL OR o.progress_note_at < :requestedAt)
    ORDER BY o.due_date, o.created_at, o.id LIMIT :limit)`;

// The period's moves up and down the ladder of the alliance's items: the first lines of each direction in the
// order they happened (shape 'line'), and how many there are per direction and actielijn (shape 'count').
// An event carries its item's alliance: one scan of IDX_escalation_event_alliance reads just the alliance's
// events of the period. The items are joined only for their actielijn and to leave out the moves of the
// vastlopers the reader may not see: the visibility is part of the vastloper's join, so such a move finds no item.
const MOVES_SQL = (visible: Visible): string => `WITH moves AS MATERIALIZED (
    SELECT e.id, e.cause, e.from_rung, e.to_rung, e.reason, e.at, e.vastloper_id, e.doorbraak_id, coalesce(v.actielijn, d.actielijn) AS actielijn,
           ${moveDirectionSql('e')} AS direction
      FROM escalation_event e
      LEFT JOIN vastloper v ON v.id = e.vastloper_id${visible('v')}
      LEFT JOIN doorbraak d ON d.id = e.doorbraak_id
     WHERE e.alliance_id = :allianceId AND e.at > :from AND e.at <= :to AND (v.id IS NOT NULL OR d.id IS NOT NULL)),
  ranked AS (
    SELECT m.*, row_number() OVER (PARTITION BY m.direction ORDER BY m.at, m.id) AS position FROM moves m WHERE m.direction IS NOT NULL)
  SELECT 'line' AS shape, r.id, r.cause, r.from_rung, r.to_rung, r.reason, r.at, r.vastloper_id, r.doorbraak_id, r.direction, r.actielijn, NULL::bigint AS n
    FROM ranked r WHERE r.position <= :limit
  UNION ALL
  SELECT 'count', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, r.direction, r.actielijn, count(*)
    FROM ranked r GROUP BY r.direction, r.actielijn
  ORDER BY shape DESC, at, id`;

// The mayor's briefing for an alliance meeting: what changed since the previous meeting of that alliance
// (and type), read live, so it is exactly what the data says when it is read. An alliance holds tens of
// thousands of items, and a busy period thousands of changes: everything is counted and bounded in the
// database, and only the lines the briefing shows are read as rows.
@Injectable()
export class BriefingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
  ) {}

  async briefing(actor: Actor, meetingId: string, now: Date): Promise<MeetingBriefing> {
    const { meeting } = await this.access.meetingFor(actor, meetingId);
    this.access.require(actor, 'briefing.read', meeting, 'The briefing is for the chair, the programme director and the rijksvertegenwoordiger.');
    if (meeting.allianceId === null) {
      throw invalidInput('A briefing belongs to a meeting of an alliance.');
    }
    // One snapshot for every count and list, so a total agrees with its lines; and no parallel plans: each
    // statement reads a few thousand index entries at most, less work than starting parallel workers (on a busy
    // database server the figures took 130 ms with them, 13 ms without). Every statement is prepared and,
    // in this transaction, runs on its generic plan: planning them took PostgreSQL longer than running them
    // (7.7 of 13 ms, on the large data set, for a small alliance as for the biggest), and their plans do not
    // depend on the values (one alliance, one period, index scans bounded by LIMIT).
    const allianceId = meeting.allianceId;
    // The snapshot's settings go in one round trip, the transaction's first statement.
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL plan_cache_mode = force_generic_plan',
      );
      return this.read(manager, actor, meeting, allianceId, now);
    });
  }

  private async read(manager: EntityManager, actor: Actor, meeting: MeetingEntity, allianceId: string, now: Date): Promise<MeetingBriefing> {
    // The alliance, and the previous meeting of the same type, where the period starts.
    const [head] = await preparedNamedQuery<{ alliance: JsonRow; previous: JsonRow | null }>(
      manager,
      `SELECT (SELECT row_to_json(a) FROM alliance a WHERE a.id = :allianceId) AS alliance,
              (SELECT row_to_json(m) FROM meeting m
                WHERE m.alliance_id = :allianceId AND m.type = :type AND m.scheduled_at < :before AND m.status <> 'CANCELLED'
                ORDER BY m.scheduled_at DESC LIMIT 1) AS previous`,
      { allianceId, type: meeting.type, before: meeting.scheduledAt },
    );
    const [alliance] = entitiesFromJson(manager, AllianceEntity, [head.alliance]);
    const [previousMeeting = null] = entitiesFromJson(manager, MeetingEntity, head.previous ? [head.previous] : []);
    const window = briefingWindow(previousMeeting?.scheduledAt ?? null, meeting.scheduledAt, now);
    // For one alliance, what the reader may see is all of its items, or all but the confidential ones.
    const seesConfidential = canReadItem(actor, { allianceId, confidential: true });
    const visible = (alias: string) => (seesConfidential ? '' : ` AND NOT ${alias}.confidential`);
    const today = amsterdamToday(window.to);
    const limit = BRIEFING_LIST_LIMIT;
    const params = { allianceId, from: window.from, to: window.to, now, limit };

    // Everything the period holds, in one statement: each part a JSON column.
    const [period] = await preparedNamedQuery<{
      moves: MoveRow[] | null;
      agenda: JsonRow[] | null;
      item_lists: ListRow[] | null;
      counts: CountRow[] | null;
      action_lists: ListRow[] | null;
    }>(
      manager,
      `SELECT (SELECT json_agg(x ORDER BY x.shape DESC, x.at, x.id) FROM (${MOVES_SQL(visible)}) x) AS moves,
              (SELECT json_agg(ai ORDER BY ai.position) FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
                WHERE ai.meeting_id = :meetingId AND ${agendaRowSql('m', 'ai')}) AS agenda,
              (SELECT json_agg(x) FROM (${ITEM_LISTS_SQL(visible)}) x) AS item_lists,
              (SELECT json_agg(x) FROM (${COUNTS_SQL(visible)}) x) AS counts,
              (SELECT json_agg(x) FROM (${ACTION_LISTS_SQL}) x) AS action_lists`,
      { ...params, ...accessParams(actor), meetingId: meeting.id, today, requestedAt: meeting.statusRequestedAt },
    );
    const moves = period.moves ?? [];
    const moveRows = moves.filter((row) => row.shape === 'line');
    const agenda = entitiesFromJson(manager, AgendaItemEntity, period.agenda);
    const itemLists = firstOfEach(period.item_lists ?? []);
    const counts = period.counts ?? [];
    const actionLists = firstOfEach(period.action_lists ?? []);

    // The rows the lines name, and their owners' names, in one more.
    const actionIds = [...new Set(['overdue', 'commitments', 'noUpdate'].flatMap((list) => actionLists(list).ids))];
    const vastloperIds = [
      ...['new', 'stalledAtTop', 'answerOverdue'].flatMap((list) => itemLists(list).ids),
      ...moveRows.map((row) => row.vastloper_id),
      ...agenda.map((row) => row.vastloperId),
    ].filter(isId);
    const doorbraakIds = [
      ...['stalledAtTop', 'doorbrakenAchieved'].flatMap((list) => itemLists(list).ids),
      ...moveRows.map((row) => row.doorbraak_id),
      ...agenda.map((row) => row.doorbraakId),
    ].filter(isId);
    const [named] = await preparedNamedQuery<{ actions: JsonRow[] | null; vastlopers: JsonRow[] | null; doorbraken: JsonRow[] | null; owners: { id: string; name: string }[] | null }>(
      manager,
      `WITH a AS (SELECT * FROM action_item a WHERE a.id = ANY(CAST(:actionIds AS uuid[]))),
            v AS (SELECT * FROM vastloper v WHERE v.id = ANY(CAST(:vastloperIds AS uuid[])) AND v.alliance_id = :allianceId${visible('v')}),
            d AS (SELECT * FROM doorbraak d WHERE d.id = ANY(CAST(:doorbraakIds AS uuid[])))
       SELECT (SELECT json_agg(a) FROM a) AS actions, (SELECT json_agg(v) FROM v) AS vastlopers, (SELECT json_agg(d) FROM d) AS doorbraken,
              (SELECT json_agg(json_build_object('id', p.id, 'name', p.name)) FROM person p
                WHERE p.id IN (SELECT a.owner_id FROM a UNION SELECT v.owner_id FROM v UNION SELECT d.owner_id FROM d)) AS owners`,
      { actionIds, vastloperIds: [...new Set(vastloperIds)], doorbraakIds: [...new Set(doorbraakIds)], allianceId },
    );
    const actions = entitiesFromJson(manager, ActionItemEntity, named.actions);
    const vastlopers = entitiesFromJson(manager, VastloperEntity, named.vastlopers);
    const doorbraken = entitiesFromJson(manager, DoorbraakEntity, named.doorbraken);
    const vastloperById = new Map(vastlopers.map((row) => [row.id, row]));
    const doorbraakById = new Map(doorbraken.map((row) => [row.id, row]));
    const refOf = (row: { vastloper_id: string | null; doorbraak_id: string | null }): MeetingItemRef | null => {
      const vastloper = row.vastloper_id ? vastloperById.get(row.vastloper_id) : undefined;
      const doorbraak = row.doorbraak_id ? doorbraakById.get(row.doorbraak_id) : undefined;
      return vastloper ? vastloperRef(vastloper) : doorbraak ? doorbraakRef(doorbraak) : null;
    };
    const refsOf = (list: string): MeetingItemRef[] => itemLists(list).ids.flatMap((id) => refOf({ vastloper_id: id, doorbraak_id: id }) ?? []);
    const movesOf = (direction: Direction): BriefingMove[] =>
      moveRows.flatMap((row) => {
        const item = refOf(row);
        return item && row.direction === direction ? [{ item, fromRung: row.from_rung, toRung: row.to_rung, cause: row.cause, reason: row.reason, at: new Date(row.at as string) }] : [];
      });
    const moveCounts = moves.filter((row) => row.shape === 'count');
    const movesTotal = (direction: Direction): number =>
      moveCounts.filter((row) => row.direction === direction).reduce((sum, row) => sum + (row.n ?? 0), 0);
    const movesPerActielijn = (direction: Direction): Partial<Record<Actielijn, number>> =>
      Object.fromEntries(moveCounts.filter((row) => row.direction === direction && row.actielijn !== null).map((row) => [row.actielijn, row.n ?? 0]));

    const ownerNames = new Map((named.owners ?? []).map((person) => [person.id, person.name]));

    const agendaNoUpdate = agenda.flatMap((item): BriefingNoUpdate[] => {
      const ref = refOf({ vastloper_id: item.vastloperId, doorbraak_id: item.doorbraakId });
      return ref && answeredStatusRequest(meeting.statusRequestedAt, ref.lastProgressAt) === false
        ? [
            {
              title: ref.title,
              ownerName: ownerNames.get(ref.ownerId) ?? null,
              source: 'AGENDA_ITEM',
              vastloperId: ref.kind === 'VASTLOPER' ? ref.id : null,
              doorbraakId: ref.kind === 'DOORBRAAK' ? ref.id : null,
              actionItemId: null,
            },
          ]
        : [];
    });
    const actionNoUpdate = byIds(actionLists('noUpdate').ids, actions).map(
      (item): BriefingNoUpdate => ({
        title: item.description,
        ownerName: item.ownerId ? (ownerNames.get(item.ownerId) ?? null) : null,
        source: 'ACTION_ITEM',
        vastloperId: null,
        doorbraakId: null,
        actionItemId: item.id,
      }),
    );

    const countsOf = (measure: string): Partial<Record<Actielijn, number>> =>
      Object.fromEntries(counts.filter((row) => row.measure === measure && row.actielijn !== null).map((row) => [row.actielijn, row.n]));
    const totals: BriefingTotals = {
      newVastlopers: itemLists('new').total,
      escalated: movesTotal('ESCALATED'),
      deEscalated: movesTotal('DE_ESCALATED'),
      stalledAtTop: itemLists('stalledAtTop').total,
      answerOverdue: itemLists('answerOverdue').total,
      doorbrakenAchieved: itemLists('doorbrakenAchieved').total,
      overdueActionItems: actionLists('overdue').total,
      openCommitments: actionLists('commitments').total,
      noUpdate: agendaNoUpdate.length + actionLists('noUpdate').total,
    };
    return {
      meeting,
      alliance,
      previousMeeting,
      from: window.from,
      to: window.to,
      preparedAt: meeting.briefingPreparedAt,
      listLimit: limit,
      totals,
      newVastlopers: refsOf('new'),
      escalated: movesOf('ESCALATED'),
      deEscalated: movesOf('DE_ESCALATED'),
      stalledAtTop: refsOf('stalledAtTop'),
      answerOverdue: refsOf('answerOverdue'),
      doorbrakenAchieved: byIds(itemLists('doorbrakenAchieved').ids, doorbraken).map((row) => ({
        id: row.id,
        title: row.title,
        impact: row.impact,
        achievedAt: row.achievedAt as Date,
        achievedAtRung: row.achievedAtRung,
      })),
      decisionsNeeded: agenda.filter((item) => item.kind === 'DECISION' || item.kind === 'ESCALATION'),
      overdueActionItems: byIds(actionLists('overdue').ids, actions),
      openCommitments: byIds(actionLists('commitments').ids, actions),
      noUpdate: [...agendaNoUpdate, ...actionNoUpdate].slice(0, limit),
      figures: figuresPerActielijn({
        openVastlopers: countsOf('openVastlopers'),
        newVastlopers: countsOf('newVastlopers'),
        resolvedVastlopers: countsOf('resolvedVastlopers'),
        escalated: movesPerActielijn('ESCALATED'),
        deEscalated: movesPerActielijn('DE_ESCALATED'),
        doorbrakenAchieved: countsOf('doorbrakenAchieved'),
      }),
      ownerNames,
    };
  }
}
