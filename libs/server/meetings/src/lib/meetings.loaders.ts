import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { can, type Actor, type ItemKind } from '@doorbraak/domain';
import { AnswerClockEntity, findByIds } from '@doorbraak/server-data';
import { childPageLoader, groupByKey, oneByKey, PREPARED_COMMENT, requestLoader, type GraphqlContext } from '@doorbraak/server-core';
import {
  ActionItemEntity,
  AgendaAmendmentEntity,
  DossierEntity,
  AgendaItemEntity,
  allianceLoader,
  DecisionEntity,
  MeetingAttendeeEntity,
  MeetingEntity,
  PartnerEntity,
  PersonEntity,
  personLoader,
} from '@doorbraak/server-data';
import {
  accessParams,
  agendaRowSql,
  attendeeSql,
  decisionRowSql,
  linkedReadableSql,
  meetingRowSql,
  visibleActionItemSql,
  visibleMeetingSql,
} from './access/meeting-sql';
import { dossierVisibility } from '@doorbraak/server-dossiers';
import { ActionItemsService } from './action-items/action-items.service';
import type { MeetingItemRef } from './graphql/meeting.model';

export type ActionItemProgressReportRow = { actionItemId: string; id: string; authorId: string | null; at: Date; note: string };

export const itemKeyOf = (row: { vastloperId: string | null; doorbraakId: string | null }): string | null =>
  row.vastloperId ? `VASTLOPER:${row.vastloperId}` : row.doorbraakId ? `DOORBRAAK:${row.doorbraakId}` : null;

type ItemRefRow = {
  id: string;
  kind: ItemKind;
  title: string;
  status: string;
  rung: MeetingItemRef['rung'];
  actielijn: string | null;
  alliance_id: string;
  confidential: boolean;
  last_progress_at: Date | null;
  owner_id: string;
};

// Every relation field resolves through one of these: a list costs one query per relation. Loaders that
// filter by what the caller may see are made per request, for that request's caller.
@Injectable()
export class MeetingsLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly actionItemsService: ActionItemsService,
  ) {}

  // The open answer clock of each vastloper (DOMAIN §5 AnswerClock), null when it does not lie with a ministry.
  openAnswerClock(context: GraphqlContext) {
    return requestLoader<string, AnswerClockEntity | null>(context, 'meetings:openAnswerClock', async (ids) =>
      oneByKey(
        ids,
        await this.dataSource.manager
          .createQueryBuilder(AnswerClockEntity, 'c')
          .where('c.vastloper_id = ANY(:ids) AND c.closed_at IS NULL', { ids: [...ids] })
          .comment(PREPARED_COMMENT)
          .getMany(),
        (row) => row.vastloperId as string,
      ),
    );
  }

  person(context: GraphqlContext) {
    return personLoader(context, this.dataSource.manager);
  }

  partner(context: GraphqlContext) {
    return requestLoader<string, PartnerEntity | null>(context, 'meetings:partner', async (ids) =>
      oneByKey(ids, await findByIds(this.dataSource.manager, PartnerEntity, ids), (row) => row.id),
    );
  }

  alliance(context: GraphqlContext) {
    return allianceLoader(context, this.dataSource.manager);
  }

  // The meeting of an agenda item or decision the caller already sees (no further check).
  meetingOfRow(context: GraphqlContext) {
    return requestLoader<string, MeetingEntity | null>(context, 'meetings:meetingOfRow', async (ids) =>
      oneByKey(ids, await findByIds(this.dataSource.manager, MeetingEntity, ids), (row) => row.id),
    );
  }

  // A meeting by id, only when the caller may see it (an action item of the doorbraakoverleg, say).
  visibleMeeting(context: GraphqlContext, actor: Actor) {
    return requestLoader<string, MeetingEntity | null>(context, 'meetings:visibleMeeting', async (ids) =>
      oneByKey(
        ids,
        await this.dataSource
          .getRepository(MeetingEntity)
          .createQueryBuilder('m')
          .where('m.id IN (:...ids)', { ids })
          .andWhere(visibleMeetingSql('m'), accessParams(actor))
          .getMany(),
        (row) => row.id,
      ),
    );
  }

  // Where each meeting's escalated items would go if it were cancelled now: the next draft meeting of its
  // type and alliance (as AgendaPlacementService.escalationTarget chooses), only when the caller sees it.
  escalationTarget(context: GraphqlContext, actor: Actor, now: Date) {
    return requestLoader<string, MeetingEntity | null>(context, 'meetings:escalationTarget', async (ids) => {
      const rows: { id: string; target_id: string }[] = await this.dataSource.query(
        `SELECT m.id, t.id AS target_id FROM meeting m
           CROSS JOIN LATERAL (
             SELECT n.id FROM meeting n
              WHERE n.type = m.type AND n.alliance_id IS NOT DISTINCT FROM m.alliance_id AND n.id <> m.id
                AND n.status = 'DRAFT' AND n.scheduled_at > $2
              ORDER BY n.scheduled_at, n.id LIMIT 1) t
          WHERE m.id = ANY($1::uuid[])`,
        [ids, now],
      );
      const targets = new Map(rows.map((row) => [row.id, row.target_id]));
      const visible = this.visibleMeeting(context, actor);
      return Promise.all(ids.map((id) => (targets.has(id) ? visible.load(targets.get(id) as string) : null)));
    });
  }

  // A page of the meetings of each series that the caller may see, soonest first.
  meetingsOfSeries(context: GraphqlContext, actor: Actor, first: number, after: string | null) {
    return childPageLoader(
      context,
      'meetings:meetingsOfSeries',
      first,
      after,
      {
        table: 'meeting',
        alias: 'm',
        parent: 'm.series_id',
        where: visibleMeetingSql('m'),
        params: accessParams(actor),
        order: { keys: [{ sql: 'm.scheduled_at', type: 'timestamptz' }], direction: 'ASC' },
      },
      () => this.dataSource.getRepository(MeetingEntity).createQueryBuilder('m'),
    );
  }

  // Whether the caller sees the whole meeting (minutes, attendees) or only the items about their alliance.
  fullSight(context: GraphqlContext, actor: Actor) {
    return requestLoader<string, boolean>(context, 'meetings:fullSight', async (ids) => {
      const national = can(actor, 'national.read', { allianceId: null });
      const rows: { id: string }[] = national
        ? ids.map((id) => ({ id }))
        : await this.dataSource
            .createQueryBuilder()
            .select('m.id', 'id')
            .from(MeetingEntity, 'm')
            .where('m.id IN (:...ids) AND m.alliance_id IS NULL', { ids })
            .andWhere(attendeeSql('m'), { acc_person: actor.personId })
            .getRawMany();
      const attended = new Set(rows.map((row) => row.id));
      return ids.map((id) => attended.has(id));
    });
  }

  // The dossiers agenda items are about, by id: null for one the caller may not read (the dossiers' own rule).
  dossier(context: GraphqlContext, actor: Actor) {
    return requestLoader<string, DossierEntity | null>(context, 'meetings:dossier', async (ids) => {
      const visibility = dossierVisibility(actor, 'd');
      const rows = await this.dataSource
        .getRepository(DossierEntity)
        .createQueryBuilder('d')
        .where('d.id = ANY(:ids)', { ids: [...ids] })
        .andWhere(visibility.where, visibility.params)
        .getMany();
      return oneByKey(ids, rows, (row) => row.id);
    });
  }

  agenda(context: GraphqlContext, actor: Actor) {
    return requestLoader<string, AgendaItemEntity[]>(context, 'meetings:agenda', async (ids) =>
      groupByKey(
        ids,
        await this.dataSource
          .getRepository(AgendaItemEntity)
          .createQueryBuilder('ai')
          .innerJoin(MeetingEntity, 'm', 'm.id = ai.meeting_id')
          .where('ai.meeting_id IN (:...ids)', { ids })
          .andWhere(agendaRowSql('m', 'ai'), accessParams(actor))
          .orderBy('ai.position', 'ASC')
          .getMany(),
        (row) => row.meetingId,
      ),
    );
  }

  // The copy of an agenda item on a later agenda (carried over), by the item it continues.
  carriedOverTo(context: GraphqlContext, actor: Actor) {
    return requestLoader<string, AgendaItemEntity | null>(context, 'meetings:carriedOverTo', async (ids) =>
      oneByKey(
        ids,
        await this.dataSource
          .getRepository(AgendaItemEntity)
          .createQueryBuilder('ai')
          .innerJoin(MeetingEntity, 'm', 'm.id = ai.meeting_id')
          .where('ai.carried_over_from_id IN (:...ids)', { ids })
          .andWhere(agendaRowSql('m', 'ai'), accessParams(actor))
          .getMany(),
        (row) => row.carriedOverFromId as string,
      ),
    );
  }

  decisions(context: GraphqlContext, actor: Actor) {
    return requestLoader<string, DecisionEntity[]>(context, 'meetings:decisions', async (ids) =>
      groupByKey(ids, await this.visibleDecisions(actor, 'meeting_id', ids), (row) => row.meetingId),
    );
  }

  decisionsOfAgendaItem(context: GraphqlContext, actor: Actor) {
    return requestLoader<string, DecisionEntity[]>(context, 'meetings:decisionsOfAgendaItem', async (ids) =>
      groupByKey(ids, await this.visibleDecisions(actor, 'agenda_item_id', ids), (row) => row.agendaItemId as string),
    );
  }

  // Decisions by meeting or by agenda item, only those the caller may see, oldest first.
  private visibleDecisions(actor: Actor, key: 'meeting_id' | 'agenda_item_id', ids: readonly string[]): Promise<DecisionEntity[]> {
    return this.dataSource
      .getRepository(DecisionEntity)
      .createQueryBuilder('d')
      .innerJoin(MeetingEntity, 'm', 'm.id = d.meeting_id')
      .where(`d.${key} IN (:...ids)`, { ids })
      .andWhere(decisionRowSql('m', 'd'), accessParams(actor))
      .orderBy('d.created_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .getMany();
  }

  actionItems(context: GraphqlContext, actor: Actor) {
    return requestLoader<string, ActionItemEntity[]>(context, 'meetings:actionItems', async (ids) =>
      groupByKey(
        ids,
        await this.dataSource
          .getRepository(ActionItemEntity)
          .createQueryBuilder('a')
          .where('a.meeting_id IN (:...ids)', { ids })
          .andWhere(visibleActionItemSql('a'), accessParams(actor))
          .orderBy('a.created_at', 'ASC')
          .addOrderBy('a.id', 'ASC')
          .getMany(),
        (row) => row.meetingId as string,
      ),
    );
  }

  // Who may own an action item of the meeting (they may read it): the alliance's members and the national
  // coordinators; for the doorbraakoverleg the coordinators and the invited people. By name.
  ownerCandidates(context: GraphqlContext) {
    return requestLoader<string, PersonEntity[]>(context, 'meetings:ownerCandidates', async (ids) => {
      const pairs: { meeting_id: string; person_id: string }[] = await this.dataSource.query(
        `SELECT DISTINCT m.id AS meeting_id, p.id AS person_id
           FROM meeting m
           JOIN person p ON p.active
          WHERE m.id = ANY($1::uuid[])
            AND (EXISTS (SELECT 1 FROM membership ms WHERE ms.person_id = p.id
                           AND (ms.role = 'NATIONAL_COORDINATOR' OR (m.alliance_id IS NOT NULL AND ms.alliance_id = m.alliance_id)))
                 OR (m.alliance_id IS NULL AND EXISTS (SELECT 1 FROM meeting_attendee a WHERE a.meeting_id = m.id AND a.person_id = p.id)))`,
        [[...ids]],
      );
      const people = await this.dataSource.getRepository(PersonEntity).find({ where: { id: In([...new Set(pairs.map((pair) => pair.person_id))]) }, order: { name: 'ASC' } });
      const byId = new Map(people.map((person) => [person.id, person]));
      return ids.map((id) =>
        pairs
          .filter((pair) => pair.meeting_id === id)
          .map((pair) => byId.get(pair.person_id))
          .filter((person): person is PersonEntity => person !== undefined)
          .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      );
    });
  }

  attendees(context: GraphqlContext) {
    return requestLoader<string, MeetingAttendeeEntity[]>(context, 'meetings:attendees', async (ids) =>
      groupByKey(ids, await this.dataSource.getRepository(MeetingAttendeeEntity).findBy({ meetingId: In([...ids]) }), (row) => row.meetingId),
    );
  }

  // Amendments name their agenda item: those about a vastloper or doorbraak only for its readers.
  amendments(context: GraphqlContext, actor: Actor) {
    return requestLoader<string, AgendaAmendmentEntity[]>(context, 'meetings:amendments', async (ids) =>
      groupByKey(
        ids,
        await this.dataSource
          .getRepository(AgendaAmendmentEntity)
          .createQueryBuilder('am')
          .innerJoin(MeetingEntity, 'm', 'm.id = am.meeting_id')
          .where('am.meeting_id IN (:...ids)', { ids })
          .andWhere(meetingRowSql('m', 'am'), accessParams(actor))
          .orderBy('am.created_at', 'ASC')
          .addOrderBy('am.id', 'ASC')
          .getMany(),
        (row) => row.meetingId,
      ),
    );
  }

  openCommitments(context: GraphqlContext, actor: Actor) {
    return requestLoader<string, ActionItemEntity[]>(context, 'meetings:openCommitments', async (ids) =>
      groupByKey(ids, await this.actionItemsService.openCommitments(actor, ids), (row) => row.allianceId),
    );
  }

  // Per alliance: when the owners were asked for a progress note before its next alliance meeting (one not
  // yet held); null while no request went out.
  statusRequestedAt(context: GraphqlContext) {
    return requestLoader<string, Date | null>(context, 'meetings:statusRequestedAt', async (allianceIds) => {
      const rows: { alliance_id: string; requested_at: Date }[] = await this.dataSource.query(
        `SELECT alliance_id, max(status_requested_at) AS requested_at FROM meeting
          WHERE alliance_id = ANY($1::uuid[]) AND type = 'ALLIANTIE' AND status IN ('DRAFT', 'AGENDA_PUBLISHED')
            AND status_requested_at IS NOT NULL
          GROUP BY alliance_id`,
        [[...allianceIds]],
      );
      const byAlliance = new Map(rows.map((row) => [row.alliance_id, row.requested_at]));
      return allianceIds.map((id) => byAlliance.get(id) ?? null);
    });
  }

  // The owners' progress notes on each action item, newest first, read from the append-only audit trail
  // (the item itself keeps only the latest).
  progressReports(context: GraphqlContext) {
    return requestLoader<string, ActionItemProgressReportRow[]>(context, 'meetings:progressReports', async (ids) => {
      const rows: { entity_id: string; id: string; actor_id: string | null; at: Date; note: string | null }[] = await this.dataSource.query(
        `SELECT entity_id, id, actor_id, at, after ->> 'progressNote' AS note FROM audit_entry
          WHERE entity_type = 'ActionItem' AND operation = 'reportActionItemProgress' AND entity_id = ANY($1::text[])
          ORDER BY at, id`,
        [[...ids]],
      );
      // The trail keeps changed fields only: a note repeated word for word is the previous one again.
      const lastNote = new Map<string, string>();
      const reports = rows.flatMap((row): ActionItemProgressReportRow[] => {
        const note = row.note ?? lastNote.get(row.entity_id);
        if (note === undefined) return [];
        lastNote.set(row.entity_id, note);
        return [{ actionItemId: row.entity_id, id: row.id, authorId: row.actor_id, at: row.at, note }];
      });
      return groupByKey(ids, reports.reverse(), (row) => row.actionItemId);
    });
  }

  // Keys are "VASTLOPER:<id>" or "DOORBRAAK:<id>"; null for an item the caller may not read.
  itemRef(context: GraphqlContext, actor: Actor) {
    return requestLoader<string, MeetingItemRef | null>(context, 'meetings:itemRef', async (keys) => {
      const ids = (kind: ItemKind) => keys.filter((key) => key.startsWith(`${kind}:`)).map((key) => key.slice(kind.length + 1));
      const params = { ...accessParams(actor), vastloperIds: ids('VASTLOPER'), doorbraakIds: ids('DOORBRAAK') };
      const [query, values] = this.dataSource.driver.escapeQueryWithParameters(
        `SELECT * FROM (
           SELECT 'VASTLOPER' AS kind, v.id, v.title, v.status, v.rung, v.actielijn, v.alliance_id, v.confidential,
                  v.last_progress_at, v.owner_id, v.id AS vastloper_id, NULL::uuid AS doorbraak_id
             FROM vastloper v WHERE v.id = ANY(CAST(:vastloperIds AS uuid[]))
           UNION ALL
           SELECT 'DOORBRAAK', d.id, d.title, d.status, d.rung, d.actielijn, d.alliance_id, false,
                  d.last_progress_at, d.owner_id, NULL::uuid, d.id
             FROM doorbraak d WHERE d.id = ANY(CAST(:doorbraakIds AS uuid[]))
         ) AS x WHERE ${linkedReadableSql('x')}`,
        params,
      );
      const found: ItemRefRow[] = await this.dataSource.query(query, values);
      return oneByKey(
        keys,
        found.map(
          (row): MeetingItemRef => ({
            id: row.id,
            kind: row.kind,
            title: row.title,
            status: row.status,
            rung: row.rung,
            actielijn: row.actielijn,
            allianceId: row.alliance_id,
            confidential: row.confidential,
            lastProgressAt: row.last_progress_at,
            ownerId: row.owner_id,
          }),
        ),
        (ref) => `${ref.kind}:${ref.id}`,
      );
    });
  }
}
