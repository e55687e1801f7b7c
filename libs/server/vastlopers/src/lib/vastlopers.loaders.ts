import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { groupByKey, requestLoader, type GraphqlContext } from '@doorbraak/server-core';
import {
  allianceLoader,
  AllianceEntity,
  AnswerClockEntity,
  DoorbraakEntity,
  EscalationEventEntity,
  personLoader,
  ProgressUpdateEntity,
  VastloperEntity,
} from '@doorbraak/server-data';
import type { Actor } from '@doorbraak/domain';
import type { AgendaAppearance } from './graphql/timeline.model';
import { doorbraakVisibility, vastloperVisibility } from './item-access';

type ItemColumn = 'vastloper_id' | 'doorbraak_id';

type AppearanceRow = AgendaAppearance & { itemId: string };

// Every relation field of a vastloper or doorbraak resolves through one of these: one query per relation per request.
@Injectable()
export class VastlopersLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  person(context: GraphqlContext) {
    return personLoader(context, this.dataSource.manager);
  }

  alliance(context: GraphqlContext) {
    return allianceLoader(context, this.dataSource.manager);
  }

  progressUpdates(context: GraphqlContext, column: ItemColumn) {
    return requestLoader<string, ProgressUpdateEntity[]>(context, `vastlopers.progress.${column}`, async (ids) => {
      const rows = await this.dataSource
        .getRepository(ProgressUpdateEntity)
        .createQueryBuilder('p')
        .where(`p.${column} = ANY(:ids)`, { ids: [...ids] })
        .orderBy('p.at', 'DESC')
        .addOrderBy('p.createdAt', 'DESC')
        .getMany();
      return groupByKey(ids, rows, (row) => (column === 'vastloper_id' ? row.vastloperId : row.doorbraakId) as string);
    });
  }

  // The latest answer clock of each vastloper (open or closed), or null when it never reached a ministry.
  answerClock(context: GraphqlContext) {
    return requestLoader<string, AnswerClockEntity | null>(context, 'vastlopers.answerClock', async (ids) => {
      const rows = await this.dataSource
        .getRepository(AnswerClockEntity)
        .createQueryBuilder('c')
        .distinctOn(['c.vastloperId'])
        .where('c.vastloperId = ANY(:ids)', { ids: [...ids] })
        .orderBy('c.vastloperId')
        .addOrderBy('c.reachedMinistryAt', 'DESC')
        .addOrderBy('c.closedAt', 'DESC', 'NULLS FIRST')
        .getMany();
      const byId = new Map(rows.map((row) => [row.vastloperId, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  timeline(context: GraphqlContext, column: ItemColumn) {
    return requestLoader<string, EscalationEventEntity[]>(context, `vastlopers.timeline.${column}`, async (ids) => {
      const rows = await this.dataSource
        .getRepository(EscalationEventEntity)
        .createQueryBuilder('e')
        .where(`e.${column} = ANY(:ids)`, { ids: [...ids] })
        .orderBy('e.at', 'ASC')
        .addOrderBy('e.stallPeriod', 'ASC', 'NULLS FIRST')
        .getMany();
      return groupByKey(ids, rows, (row) => (column === 'vastloper_id' ? row.vastloperId : row.doorbraakId) as string);
    });
  }

  // The newest event of each item's timeline (the timeline's order reversed), read for a whole page at once.
  lastEscalation(context: GraphqlContext, column: ItemColumn) {
    return requestLoader<string, EscalationEventEntity | null>(context, `vastlopers.lastEscalation.${column}`, async (ids) => {
      const rows = await this.dataSource
        .getRepository(EscalationEventEntity)
        .createQueryBuilder('e')
        .distinctOn([`e.${column}`])
        .where(`e.${column} = ANY(:ids)`, { ids: [...ids] })
        .orderBy(`e.${column}`)
        .addOrderBy('e.at', 'DESC')
        .addOrderBy('e.stallPeriod', 'DESC', 'NULLS LAST')
        .getMany();
      const byItem = new Map(rows.map((row) => [(column === 'vastloper_id' ? row.vastloperId : row.doorbraakId) as string, row]));
      return ids.map((id) => byItem.get(id) ?? null);
    });
  }

  agendaItems(context: GraphqlContext, column: ItemColumn) {
    return requestLoader<string, AgendaAppearance[]>(context, `vastlopers.agenda.${column}`, async (ids) => {
      const rows: AppearanceRow[] = await this.dataSource.query(
        `SELECT a.${column} AS "itemId", a.id AS "agendaItemId", a.title, a.kind, a.source, a.position,
                m.id AS "meetingId", m.title AS "meetingTitle", m.type AS "meetingType", m.status AS "meetingStatus",
                m.scheduled_at AS "scheduledAt"
           FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
          WHERE a.${column} = ANY($1)
          ORDER BY m.scheduled_at, a.position`,
        [[...ids]],
      );
      return groupByKey(ids, rows, (row) => row.itemId);
    });
  }

  // Linked items, filtered by what the caller may read, as the lists are.
  doorbrakenOfVastloper(context: GraphqlContext, actor: Actor) {
    return requestLoader<string, DoorbraakEntity[]>(context, 'vastlopers.doorbrakenOfVastloper', async (ids) => {
      const visibility = doorbraakVisibility(actor, 'd');
      const { entities, raw } = await this.dataSource
        .getRepository(DoorbraakEntity)
        .createQueryBuilder('d')
        .innerJoin('doorbraak_vastloper', 'link', 'link.doorbraak_id = d.id')
        .addSelect('link.vastloper_id', 'link_vastloper_id')
        .where('link.vastloper_id = ANY(:ids)', { ids: [...ids] })
        .andWhere(visibility.where, visibility.params)
        .orderBy('d.title')
        .getRawAndEntities<{ d_id: string; link_vastloper_id: string }>();
      const byId = new Map(entities.map((entity) => [entity.id, entity]));
      return groupByKey(ids, raw, (row) => row.link_vastloper_id).map((rows) =>
        rows.map((row) => byId.get(row.d_id)).filter((entity): entity is DoorbraakEntity => entity !== undefined),
      );
    });
  }

  vastlopersOfDoorbraak(context: GraphqlContext, actor: Actor) {
    return requestLoader<string, VastloperEntity[]>(context, 'vastlopers.vastlopersOfDoorbraak', async (ids) => {
      const visibility = vastloperVisibility(actor, 'v');
      const { entities, raw } = await this.dataSource
        .getRepository(VastloperEntity)
        .createQueryBuilder('v')
        .innerJoin('doorbraak_vastloper', 'link', 'link.vastloper_id = v.id')
        .addSelect('link.doorbraak_id', 'link_doorbraak_id')
        .where('link.doorbraak_id = ANY(:ids)', { ids: [...ids] })
        .andWhere(visibility.where, visibility.params)
        .orderBy('v.title')
        .getRawAndEntities<{ v_id: string; link_doorbraak_id: string }>();
      const byId = new Map(entities.map((entity) => [entity.id, entity]));
      return groupByKey(ids, raw, (row) => row.link_doorbraak_id).map((rows) =>
        rows.map((row) => byId.get(row.v_id)).filter((entity): entity is VastloperEntity => entity !== undefined),
      );
    });
  }

  sharedAlliances(context: GraphqlContext) {
    return requestLoader<string, AllianceEntity[]>(context, 'vastlopers.sharedAlliances', async (ids) => {
      const rows: { doorbraakId: string; allianceId: string }[] = await this.dataSource.query(
        `SELECT doorbraak_id AS "doorbraakId", alliance_id AS "allianceId" FROM doorbraak_alliance WHERE doorbraak_id = ANY($1)`,
        [[...ids]],
      );
      const alliances = rows.length
        ? await this.dataSource.manager.findBy(AllianceEntity, { id: In([...new Set(rows.map((row) => row.allianceId))]) })
        : [];
      const byId = new Map(alliances.map((alliance) => [alliance.id, alliance]));
      return groupByKey(ids, rows, (row) => row.doorbraakId).map((group) =>
        group.map((row) => byId.get(row.allianceId)).filter((alliance): alliance is AllianceEntity => alliance !== undefined),
      );
    });
  }
}
