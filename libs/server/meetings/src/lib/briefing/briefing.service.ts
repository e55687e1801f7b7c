import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, LessThan, Not, type DataSource } from 'typeorm';
import {
  amsterdamToday,
  answeredStatusRequest,
  answerFlag,
  briefingWindow,
  canReadItem,
  CLOSED_VASTLOPER_STATUSES,
  figuresPerActielijn,
  longestOpenFirst,
  moveDirection,
  type Actor,
  type Actielijn,
  type EscalationCause,
  type EscalationRung,
} from '@doorbraak/domain';
import { ActionItemEntity, AgendaItemEntity, AllianceEntity, AnswerClockEntity, DoorbraakEntity, MeetingEntity, PersonEntity, VastloperEntity } from '@doorbraak/server-data';
import { MeetingAccessService } from '../access/meeting-access.service';
import { accessParams, agendaRowSql, visibleActionItemSql } from '../access/meeting-sql';
import type { MeetingItemRef } from '../graphql/meeting.model';
import { invalidInput } from '../meetings.exception';
import type { BriefingMove, BriefingNoUpdate, MeetingBriefing } from './briefing.model';

type MoveRow = {
  cause: EscalationCause;
  from_rung: EscalationRung | null;
  to_rung: EscalationRung;
  reason: string | null;
  at: Date;
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

const isId = (id: string | null): id is string => id !== null;

// The mayor's briefing for an alliance meeting: what changed since the previous meeting of that alliance
// (and type), read live, so it is exactly what the data says when it is read.
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
    const allianceId = meeting.allianceId;
    const manager = this.dataSource.manager;
    const alliance = await manager.findOneByOrFail(AllianceEntity, { id: allianceId });
    const previousMeeting = await manager.findOne(MeetingEntity, {
      where: { allianceId, type: meeting.type, scheduledAt: LessThan(meeting.scheduledAt), status: Not('CANCELLED') },
      order: { scheduledAt: 'DESC' },
    });
    const window = briefingWindow(previousMeeting?.scheduledAt ?? null, meeting.scheduledAt, now);
    // For one alliance, what the reader may see is all of its items, or all but the confidential ones.
    const seesConfidential = canReadItem(actor, { allianceId, confidential: true });
    const visible = (alias: string) => (seesConfidential ? '' : ` AND NOT ${alias}.confidential`);

    // An alliance holds tens of thousands of items, nearly all unchanged in the period: only the ids the
    // briefing shows are read as rows; the open ones are counted where they are stored.
    const moveRows = await this.moves(allianceId, window);
    const agenda = await manager
      .createQueryBuilder(AgendaItemEntity, 'ai')
      .innerJoin(MeetingEntity, 'm', 'm.id = ai.meeting_id')
      .where('ai.meeting_id = :meetingId', { meetingId: meeting.id })
      .andWhere(agendaRowSql('m', 'ai'), accessParams(actor))
      .orderBy('ai.position', 'ASC')
      .getMany();
    const lateClocks = (
      await manager
        .createQueryBuilder(AnswerClockEntity, 'c')
        .innerJoin(VastloperEntity, 'v', 'v.id = c.vastloper_id')
        .where(`v.alliance_id = :allianceId AND c.closed_at IS NULL${visible('v')}`, { allianceId })
        .getMany()
    )
      .filter((clock) => answerFlag(clock, now) !== 'NONE')
      .sort((left, right) => left.reachedMinistryAt.getTime() - right.reachedMinistryAt.getTime());
    const period = { from: window.from, to: window.to };
    const vastlopers = await manager
      .createQueryBuilder(VastloperEntity, 'v')
      .where(`v.alliance_id = :allianceId${visible('v')}`, { allianceId })
      .andWhere(
        `((v.created_at > :from AND v.created_at <= :to)
          OR (v.status = 'OPGELOST' AND v.resolved_at > :from AND v.resolved_at <= :to)
          OR (v.status IN (:...open) AND v.rung = 'DOORBRAAKOVERLEG' AND v.overdue_at IS NOT NULL)
          OR v.id = ANY(:ids))`,
        {
          ...period,
          open: OPEN_VASTLOPER,
          ids: [...moveRows.map((row) => row.vastloper_id), ...agenda.map((row) => row.vastloperId), ...lateClocks.map((clock) => clock.vastloperId)].filter(isId),
        },
      )
      .getMany();
    const doorbraken = await manager
      .createQueryBuilder(DoorbraakEntity, 'd')
      .where('d.alliance_id = :allianceId', { allianceId })
      .andWhere(
        `((d.status = 'BEREIKT' AND d.achieved_at > :from AND d.achieved_at <= :to)
          OR (d.status = 'LOPEND' AND d.rung = 'DOORBRAAKOVERLEG' AND d.overdue_at IS NOT NULL)
          OR d.id = ANY(:ids))`,
        { ...period, ids: [...moveRows.map((row) => row.doorbraak_id), ...agenda.map((row) => row.doorbraakId)].filter(isId) },
      )
      .getMany();
    // The closed statuses are written into the statement, so PostgreSQL proves that IDX_vastloper_unclosed
    // holds every row counted and counts from the index alone.
    const openRows: { actielijn: Actielijn; open: string }[] = await manager.query(
      `SELECT v.actielijn, count(*) AS open FROM vastloper v
        WHERE v.alliance_id = $1${visible('v')} AND v.status NOT IN (${CLOSED_VASTLOPER_STATUSES.map((status) => `'${status}'`).join(', ')})
          AND v.created_at <= $2
        GROUP BY v.actielijn`,
      [allianceId, window.to],
    );
    const vastloperById = new Map(vastlopers.map((row) => [row.id, row]));
    const doorbraakById = new Map(doorbraken.map((row) => [row.id, row]));
    const refOf = (row: { vastloper_id: string | null; doorbraak_id: string | null }): MeetingItemRef | null => {
      const vastloper = row.vastloper_id ? vastloperById.get(row.vastloper_id) : undefined;
      const doorbraak = row.doorbraak_id ? doorbraakById.get(row.doorbraak_id) : undefined;
      return vastloper ? vastloperRef(vastloper) : doorbraak ? doorbraakRef(doorbraak) : null;
    };
    const moves = moveRows.flatMap((row): (BriefingMove & { direction: ReturnType<typeof moveDirection> })[] => {
      const item = refOf(row);
      const direction = moveDirection({ cause: row.cause, fromRung: row.from_rung, toRung: row.to_rung });
      return item && direction
        ? [{ item, fromRung: row.from_rung, toRung: row.to_rung, cause: row.cause, reason: row.reason, at: row.at, direction }]
        : [];
    });

    const today = amsterdamToday(window.to);
    // Only what the reader may see: nothing made from an agenda item about an item they may not read.
    const openActions = await manager
      .createQueryBuilder(ActionItemEntity, 'a')
      .where(`a.alliance_id = :allianceId AND a.status = 'OPEN'`, { allianceId })
      .andWhere(visibleActionItemSql('a'), accessParams(actor))
      .orderBy('a.due_date', 'ASC')
      .addOrderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    const owners = await manager.findBy(PersonEntity, {
      id: In([...new Set([...vastlopers, ...doorbraken, ...openActions].flatMap((row) => row.ownerId ?? []))]),
    });
    const ownerNames = new Map(owners.map((person) => [person.id, person.name]));

    const noUpdate: BriefingNoUpdate[] = [
      ...agenda.flatMap((item): BriefingNoUpdate[] => {
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
      }),
      ...openActions.flatMap((item): BriefingNoUpdate[] =>
        answeredStatusRequest(meeting.statusRequestedAt, item.progressNoteAt) === false
          ? [
              {
                title: item.description,
                ownerName: item.ownerId ? (ownerNames.get(item.ownerId) ?? null) : null,
                source: 'ACTION_ITEM',
                vastloperId: null,
                doorbraakId: null,
                actionItemId: item.id,
              },
            ]
          : [],
      ),
    ];

    const inWindow = (at: Date | null) => at !== null && at > window.from && at <= window.to;
    return {
      meeting,
      alliance,
      previousMeeting,
      from: window.from,
      to: window.to,
      preparedAt: meeting.briefingPreparedAt,
      newVastlopers: vastlopers
        .filter((row) => inWindow(row.createdAt))
        .sort((left, right) => left.createdAt.getTime() - right.createdAt.getTime())
        .map(vastloperRef),
      escalated: moves.filter((move) => move.direction === 'ESCALATED'),
      deEscalated: moves.filter((move) => move.direction === 'DE_ESCALATED'),
      stalledAtTop: [
        ...vastlopers.filter((row) => (OPEN_VASTLOPER as readonly string[]).includes(row.status) && row.rung === 'DOORBRAAKOVERLEG' && row.overdueAt !== null).map(vastloperRef),
        ...doorbraken.filter((row) => row.status === 'LOPEND' && row.rung === 'DOORBRAAKOVERLEG' && row.overdueAt !== null).map(doorbraakRef),
      ],
      answerOverdue: lateClocks.map((clock) => vastloperRef(vastloperById.get(clock.vastloperId as string) as VastloperEntity)),
      doorbrakenAchieved: doorbraken
        .filter((row) => row.status === 'BEREIKT' && inWindow(row.achievedAt))
        .map((row) => ({ id: row.id, title: row.title, impact: row.impact, achievedAt: row.achievedAt as Date, achievedAtRung: row.achievedAtRung })),
      decisionsNeeded: agenda.filter((item) => item.kind === 'DECISION' || item.kind === 'ESCALATION'),
      overdueActionItems: openActions.filter((item) => item.dueDate < today),
      openCommitments: longestOpenFirst(openActions.filter((item) => item.kind === 'COMMITMENT')),
      noUpdate,
      figures: figuresPerActielijn(
        {
          openVastlopers: Object.fromEntries(openRows.map((row) => [row.actielijn, Number(row.open)])),
          vastlopers,
          doorbraken,
          moves: moves.map((move) => ({ ...move, actielijn: move.item.actielijn as Actielijn | null })),
        },
        window,
      ),
      ownerNames,
    };
  }

  // The period's moves of the alliance's items, one branch per kind of item so each can use an index (the
  // alliance's items, or the period's events); a condition on coalesce() over both joins could use neither.
  private moves(allianceId: string, window: { from: Date; to: Date }): Promise<MoveRow[]> {
    return this.dataSource.query(
      `SELECT e.id, e.cause, e.from_rung, e.to_rung, e.reason, e.at, e.vastloper_id, e.doorbraak_id
         FROM escalation_event e JOIN vastloper v ON v.id = e.vastloper_id
        WHERE v.alliance_id = $1 AND e.at > $2 AND e.at <= $3
       UNION ALL
       SELECT e.id, e.cause, e.from_rung, e.to_rung, e.reason, e.at, e.vastloper_id, e.doorbraak_id
         FROM escalation_event e JOIN doorbraak d ON d.id = e.doorbraak_id
        WHERE d.alliance_id = $1 AND e.at > $2 AND e.at <= $3
       ORDER BY at, id`,
      [allianceId, window.from, window.to],
    );
  }
}
