import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { childPageJsonSql, childPageLoader, groupByKey, PREPARED_COMMENT, requestLoader, type ChildList, type GraphqlContext, type KeysetOrder } from '@doorbraak/server-core';
import {
  AgendaItemEntity,
  allianceLoader,
  AllianceEntity,
  AnswerClockEntity,
  DoorbraakEntity,
  EscalationEventEntity,
  findByIds,
  personLoader,
  ProgressUpdateEntity,
  VastloperEntity,
} from '@doorbraak/server-data';
import type { Actor, MeetingStatus, MeetingType } from '@doorbraak/domain';
import type { AgendaAppearance } from './graphql/timeline.model';
import { doorbraakVisibility, vastloperVisibility } from './item-access';

type ItemColumn = 'vastloper_id' | 'doorbraak_id';

// The paged lists of an item that a detail screen shows, by field name.
export const ITEM_PAGES = ['timeline', 'progressUpdates', 'agendaItems'] as const;
export type ItemPage = (typeof ITEM_PAGES)[number];

// First pages of an item's lists to read in the item's own statement: each a JSON column (`sql`) whose rows go
// to `read` once the caller may read the item.
export type ItemPages = readonly { readonly sql: string; readonly read: (rows: readonly Record<string, unknown>[], itemId: string) => void }[];

// One item by its query (prepared), with its pages as JSON columns of the same statement; `givePages` hands
// them to their loaders: call it once the caller may read the item.
export const readItemWithPages = async <T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  pages: ItemPages = [],
): Promise<{ row: T | undefined; givePages: () => void }> => {
  pages.forEach((page, index) => query.addSelect(page.sql, `page_${index}`));
  const {
    entities: [row],
    raw: [raw],
  } = await query.comment(PREPARED_COMMENT).getRawAndEntities<Record<string, Record<string, unknown>[]>>();
  const givePages = (): void => {
    if (row) pages.forEach((page, index) => page.read(raw[`page_${index}`], row.id));
  };
  return { row, givePages };
};

// Moves at one instant keep the order of their stall periods (a move without one first), then of their ids.
export const TIMELINE_ORDER: KeysetOrder = {
  keys: [
    { sql: 'e.at', type: 'timestamptz' },
    { sql: 'COALESCE(e.stall_period, -1)', type: 'integer' },
  ],
  direction: 'ASC',
};

const PROGRESS_ORDER: KeysetOrder = {
  keys: [
    { sql: 'p.at', type: 'timestamptz' },
    { sql: 'p.created_at', type: 'timestamptz' },
  ],
  direction: 'DESC',
};

const AGENDA_ORDER: KeysetOrder = {
  keys: [
    { sql: 'm.scheduled_at', type: 'timestamptz' },
    { sql: 'a.position', type: 'integer' },
  ],
  direction: 'ASC',
};

const AGENDA_COLUMNS = ['m.title AS meeting_title', 'm.type AS meeting_type', 'm.status AS meeting_status', 'm.scheduled_at AS meeting_scheduled_at'];

const itemList = (page: ItemPage, column: ItemColumn): ChildList => {
  switch (page) {
    case 'timeline':
      return { table: 'escalation_event', alias: 'e', parent: `e.${column}`, order: TIMELINE_ORDER };
    case 'progressUpdates':
      return { table: 'progress_update', alias: 'p', parent: `p.${column}`, order: PROGRESS_ORDER };
    case 'agendaItems':
      return { table: 'agenda_item', alias: 'a', parent: `a.${column}`, join: 'JOIN meeting m ON m.id = a.meeting_id', order: AGENDA_ORDER, columns: AGENDA_COLUMNS };
  }
};

// The id of an item's newest escalation event (the timeline's order reversed), for the item whose id is `item`.
export const newestEventIdSql = (column: ItemColumn, item: string): string =>
  `SELECT e.id FROM escalation_event e WHERE e.${column} = ${item} ORDER BY e.at DESC, e.stall_period DESC NULLS LAST LIMIT 1`;

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

  // A page of each item's progress notes, newest first.
  progressUpdates(context: GraphqlContext, column: ItemColumn, first: number, after: string | null) {
    return childPageLoader(context, `vastlopers.progress.${column}`, first, after, itemList('progressUpdates', column), () =>
      this.dataSource.getRepository(ProgressUpdateEntity).createQueryBuilder('p'),
    );
  }

  // The first page of one of an item's lists, read in the item's own statement (a JSON column): see primePage.
  pageJsonSql(page: ItemPage, column: ItemColumn, first: number, itemIdSql: string): string {
    return childPageJsonSql(itemList(page, column), first, itemIdSql);
  }

  // Gives the page read that way to the loader its field asks, so that the field reads no more.
  primePage(context: GraphqlContext, page: ItemPage, column: ItemColumn, first: number, itemId: string, rows: readonly Record<string, unknown>[]): void {
    this[page](context, column, first, null).primeFromJson(itemId, rows);
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

  // A page of each item's escalation timeline, oldest first.
  timeline(context: GraphqlContext, column: ItemColumn, first: number, after: string | null) {
    return childPageLoader(context, `vastlopers.timeline.${column}`, first, after, itemList('timeline', column), () =>
      this.dataSource.getRepository(EscalationEventEntity).createQueryBuilder('e'),
    );
  }

  // The newest event of each item's timeline (the timeline's order reversed), read for a whole page at once.
  lastEscalation(context: GraphqlContext, column: ItemColumn) {
    return requestLoader<string, EscalationEventEntity | null>(context, `vastlopers.lastEscalation.${column}`, async (ids) => {
      const rows = await this.dataSource
        .getRepository(EscalationEventEntity)
        .createQueryBuilder('le')
        .where(`le.id IN (SELECT (${newestEventIdSql(column, 'item')}) FROM unnest(CAST(:ids AS uuid[])) AS item)`, { ids: [...ids] })
        .getMany();
      const byItem = new Map(rows.map((row) => [(column === 'vastloper_id' ? row.vastloperId : row.doorbraakId) as string, row]));
      return ids.map((id) => byItem.get(id) ?? null);
    });
  }

  // A page of the agenda items each item appears on, by meeting date.
  agendaItems(context: GraphqlContext, column: ItemColumn, first: number, after: string | null) {
    return childPageLoader(
      context,
      `vastlopers.agenda.${column}`,
      first,
      after,
      itemList('agendaItems', column),
      () => this.dataSource.getRepository(AgendaItemEntity).createQueryBuilder('a').innerJoin('a.meeting', 'm').addSelect(AGENDA_COLUMNS),
      {
        toNode: (item, raw): AgendaAppearance => ({
          agendaItemId: item.id,
          title: item.title,
          kind: item.kind,
          source: item.source,
          position: item.position,
          meetingId: item.meetingId,
          meetingTitle: raw['meeting_title'] as string,
          meetingType: raw['meeting_type'] as MeetingType,
          meetingStatus: raw['meeting_status'] as MeetingStatus,
          // A Date from the loader's own statement, ISO text from another's JSON.
          scheduledAt: new Date(raw['meeting_scheduled_at'] as Date | string),
        }),
      },
    );
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
        ? await findByIds(this.dataSource.manager, AllianceEntity, rows.map((row) => row.allianceId))
        : [];
      const byId = new Map(alliances.map((alliance) => [alliance.id, alliance]));
      return groupByKey(ids, rows, (row) => row.doorbraakId).map((group) =>
        group.map((row) => byId.get(row.allianceId)).filter((alliance): alliance is AllianceEntity => alliance !== undefined),
      );
    });
  }
}
