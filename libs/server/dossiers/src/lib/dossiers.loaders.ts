import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '@doorbraak/domain';
import { childPageLoader, groupByKey, oneByKey, requestLoader, type GraphqlContext } from '@doorbraak/server-core';
import { AnswerClockEntity, DossierEntity, findByIds, DossierMembershipEntity, DossierNoteEntity, EscalationEventEntity, personLoader, VastloperEntity } from '@doorbraak/server-data';
import { TIMELINE_ORDER, vastloperVisibility } from '@doorbraak/server-vastlopers';
import { carriedBy } from './dossier-access';
import type { DossierTimelineRow } from './dossier-timeline';
import type { DossierMeeting } from './graphql/dossier.model';

// Every relation field of a dossier, and the dossier fields of a vastloper, resolve through one of these:
// one query per relation per request. Vastlopers are filtered in SQL by what the caller may read.
@Injectable()
export class DossiersLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  person(context: GraphqlContext) {
    return personLoader(context, this.dataSource.manager);
  }

  dossier(context: GraphqlContext) {
    return requestLoader<string, DossierEntity | null>(context, 'dossiers.byId', async (ids) =>
      oneByKey(ids, await findByIds(this.dataSource.manager, DossierEntity, ids), (row) => row.id),
    );
  }

  // A page of the dossier's own moves on the national rungs, oldest first (as a vastloper's timeline).
  escalations(context: GraphqlContext, first: number, after: string | null) {
    return childPageLoader(context, 'dossiers.escalations', first, after, { table: 'escalation_event', alias: 'e', parent: 'e.dossier_id', order: TIMELINE_ORDER }, () =>
      this.dataSource.getRepository(EscalationEventEntity).createQueryBuilder('e'),
    );
  }

  // The open answer clock of each dossier, else its latest (null before it opened).
  answerClock(context: GraphqlContext) {
    return requestLoader<string, AnswerClockEntity | null>(context, 'dossiers.answerClock', async (ids) => {
      const rows = await this.dataSource
        .getRepository(AnswerClockEntity)
        .createQueryBuilder('c')
        .distinctOn(['c.dossier_id'])
        .where('c.dossier_id = ANY(:ids)', { ids: [...ids] })
        .orderBy('c.dossier_id')
        .addOrderBy('c.reached_ministry_at', 'DESC')
        .getMany();
      return oneByKey(ids, rows, (row) => row.dossierId as string);
    });
  }

  // The first meeting not held yet whose agenda carries the dossier.
  nextMeeting(context: GraphqlContext) {
    return requestLoader<string, DossierMeeting | null>(context, 'dossiers.nextMeeting', async (ids) => {
      const rows: (DossierMeeting & { dossierId: string })[] = await this.dataSource.query(
        `SELECT DISTINCT ON (ai.dossier_id) ai.dossier_id AS "dossierId", m.id, m.title, m.scheduled_at AS "scheduledAt"
           FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
          WHERE ai.dossier_id = ANY($1::uuid[]) AND m.status IN ('DRAFT', 'AGENDA_PUBLISHED')
          ORDER BY ai.dossier_id, m.scheduled_at, m.id`,
        [[...ids]],
      );
      return oneByKey(ids, rows, (row) => row.dossierId).map((row) => (row ? { id: row.id, title: row.title, scheduledAt: row.scheduledAt } : null));
    });
  }

  // What the dossier carries (for a closed one: what it carried when it closed), oldest stay first.
  vastlopers(context: GraphqlContext, actor: Actor) {
    return requestLoader<string, VastloperEntity[]>(context, 'dossiers.vastlopers', async (ids) => {
      const visibility = vastloperVisibility(actor, 'v');
      const { entities, raw } = await this.dataSource
        .getRepository(VastloperEntity)
        .createQueryBuilder('v')
        .innerJoin('dossier_membership', 'm', 'm.vastloper_id = v.id')
        .addSelect('m.dossier_id', 'member_dossier_id')
        .where('m.dossier_id = ANY(:ids)', { ids: [...ids] })
        .andWhere(carriedBy('m'))
        .andWhere(visibility.where, visibility.params)
        .orderBy('m.joined_at')
        .addOrderBy('v.id')
        .getRawAndEntities<{ v_id: string; member_dossier_id: string }>();
      const byId = new Map(entities.map((entity) => [entity.id, entity]));
      const rows = raw.map((row) => ({ dossierId: row.member_dossier_id, vastloper: byId.get(row.v_id) as VastloperEntity }));
      return groupByKey(ids, rows, (row) => row.dossierId).map((group) => group.map((row) => row.vastloper));
    });
  }

  // How many of what the dossier carries (as vastlopers above) the caller may not read: counted, never shown.
  hiddenVastloperCount(context: GraphqlContext, actor: Actor) {
    return requestLoader<string, number>(context, 'dossiers.hiddenVastloperCount', async (ids) => {
      const visibility = vastloperVisibility(actor, 'v');
      const rows: { dossierId: string; hidden: number }[] = await this.dataSource
        .createQueryBuilder()
        .select('m.dossier_id', 'dossierId')
        .addSelect(`COUNT(*) FILTER (WHERE (${visibility.where}) IS NOT TRUE)::int`, 'hidden')
        .from('dossier_membership', 'm')
        .innerJoin('vastloper', 'v', 'v.id = m.vastloper_id')
        .where('m.dossier_id = ANY(:ids)', { ids: [...ids] })
        .andWhere(carriedBy('m'))
        .setParameters(visibility.params)
        .groupBy('m.dossier_id')
        .getRawMany();
      return oneByKey(ids, rows, (row) => row.dossierId).map((row) => row?.hidden ?? 0);
    });
  }

  // The whole history of stays, of the vastlopers the caller may read, oldest first.
  members(context: GraphqlContext, actor: Actor) {
    return requestLoader<string, DossierMembershipEntity[]>(context, 'dossiers.members', async (ids) => {
      const visibility = vastloperVisibility(actor, 'v');
      const rows = await this.dataSource
        .getRepository(DossierMembershipEntity)
        .createQueryBuilder('m')
        .innerJoinAndSelect('m.vastloper', 'v')
        .where('m.dossier_id = ANY(:ids)', { ids: [...ids] })
        .andWhere(visibility.where, visibility.params)
        .orderBy('m.joined_at')
        .addOrderBy('m.id')
        .getMany();
      return groupByKey(ids, rows, (row) => row.dossierId);
    });
  }

  notes(context: GraphqlContext) {
    return requestLoader<string, DossierNoteEntity[]>(context, 'dossiers.notes', async (ids) => {
      const rows = await this.dataSource
        .getRepository(DossierNoteEntity)
        .createQueryBuilder('n')
        .where('n.dossier_id = ANY(:ids)', { ids: [...ids] })
        .orderBy('n.at', 'DESC')
        .addOrderBy('n.id', 'DESC')
        .getMany();
      return groupByKey(ids, rows, (row) => row.dossierId);
    });
  }

  // The alliances of every vastloper a dossier carries now, confidential ones included (for the policy only).
  allianceIds(context: GraphqlContext) {
    return requestLoader<string, string[]>(context, 'dossiers.allianceIds', async (ids) => {
      const rows: { dossierId: string; allianceId: string }[] = await this.dataSource.query(
        `SELECT DISTINCT m.dossier_id AS "dossierId", v.alliance_id AS "allianceId"
           FROM dossier_membership m JOIN vastloper v ON v.id = m.vastloper_id
          WHERE m.dossier_id = ANY($1::uuid[]) AND m.left_at IS NULL`,
        [[...ids]],
      );
      return groupByKey(ids, rows, (row) => row.dossierId).map((group) => group.map((row) => row.allianceId));
    });
  }

  // The dossier that carries a vastloper now, if any.
  currentDossier(context: GraphqlContext) {
    return requestLoader<string, DossierEntity | null>(context, 'dossiers.ofVastloper', async (ids) => {
      const { entities, raw } = await this.dataSource
        .getRepository(DossierEntity)
        .createQueryBuilder('d')
        .innerJoin('dossier_membership', 'm', 'm.dossier_id = d.id AND m.left_at IS NULL')
        .addSelect('m.vastloper_id', 'member_vastloper_id')
        .where('m.vastloper_id = ANY(:ids)', { ids: [...ids] })
        .getRawAndEntities<{ d_id: string; member_vastloper_id: string }>();
      const byId = new Map(entities.map((entity) => [entity.id, entity]));
      return oneByKey(
        ids,
        raw.map((row) => ({ vastloperId: row.member_vastloper_id, dossier: byId.get(row.d_id) as DossierEntity })),
        (row) => row.vastloperId,
      ).map((row) => row?.dossier ?? null);
    });
  }

  // A vastloper's stays in dossiers, and the notes its dossiers got while they carried it, oldest first; at one
  // instant a note comes before the leaving it caused (closing), and leaving one dossier before joining the next.
  timeline(context: GraphqlContext) {
    return requestLoader<string, DossierTimelineRow[]>(context, 'dossiers.timeline', async (ids) => {
      const rows: (DossierTimelineRow & { rank: number })[] = await this.dataSource.query(
        `SELECT m.vastloper_id AS "vastloperId", 'JOINED' AS kind, m.joined_at AS at, 2 AS rank, m.dossier_id AS "dossierId",
                d.title AS "dossierTitle", m.joined_via AS via, m.join_reason AS text, m.from_dossier_id AS "otherDossierId",
                other.title AS "otherDossierTitle", m.joined_by_id AS "actorId"
           FROM dossier_membership m JOIN dossier d ON d.id = m.dossier_id LEFT JOIN dossier other ON other.id = m.from_dossier_id
          WHERE m.vastloper_id = ANY($1::uuid[])
         UNION ALL
         SELECT m.vastloper_id, 'LEFT', m.left_at, 1, m.dossier_id, d.title, m.left_via, m.leave_reason, m.to_dossier_id, other.title, m.left_by_id
           FROM dossier_membership m JOIN dossier d ON d.id = m.dossier_id LEFT JOIN dossier other ON other.id = m.to_dossier_id
          WHERE m.vastloper_id = ANY($1::uuid[]) AND m.left_at IS NOT NULL
         UNION ALL
         SELECT m.vastloper_id, n.kind, n.at, 0, n.dossier_id, d.title, NULL, n.text, NULL, NULL, n.author_id
           FROM dossier_note n
           JOIN dossier_membership m ON m.dossier_id = n.dossier_id AND n.at >= m.joined_at AND (m.left_at IS NULL OR n.at <= m.left_at)
           JOIN dossier d ON d.id = n.dossier_id
          WHERE m.vastloper_id = ANY($1::uuid[])
         UNION ALL
         SELECT m.vastloper_id, 'ESCALATED', e.at, 0, e.dossier_id, d.title, NULL, e.reason, NULL, NULL, e.actor_id
           FROM escalation_event e
           JOIN dossier_membership m ON m.dossier_id = e.dossier_id AND e.at >= m.joined_at AND (m.left_at IS NULL OR e.at <= m.left_at)
           JOIN dossier d ON d.id = e.dossier_id
          WHERE m.vastloper_id = ANY($1::uuid[]) AND e.cause IN ('STALLED', 'MANUAL')
         ORDER BY at, rank`,
        [[...ids]],
      );
      return groupByKey(ids, rows, (row) => row.vastloperId);
    });
  }
}
