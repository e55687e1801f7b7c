import type DataLoader from 'dataloader';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { PREPARED_COMMENT } from '../prepared';
import { requestLoader, type GraphqlContext } from '../request-loaders';
import { encodeCursor } from './keyset-cursor';
import { afterCursorSql, orderByKeyset, pageCursor, type KeysetOrder, type Page } from './keyset-page';

// A list that belongs to a parent row (a vastloper's timeline, a series' meetings): the rows of `table` under
// `alias` whose `parent` column points at it, sorted by `order`, optionally narrowed by `where` (on the table's
// own columns) and placed after a joined row (`join`, such as `JOIN meeting m ON m.id = a.meeting_id`) when the
// order needs one.
export type ChildList = {
  readonly table: string;
  readonly alias: string;
  readonly parent: string;
  readonly order: KeysetOrder;
  readonly join?: string;
  readonly where?: string;
  readonly params?: Record<string, unknown>;
};

// A page of one parent's list, shaped for a `<Name>Connection` (see connectionTypes and toConnection).
export type ChildPage<N> = Page<N>;

type ChildPageOptions<T, N> = {
  // The row for a page entry: the entity, or something made of it and the raw row (its joined columns).
  readonly toNode?: (entity: T, raw: Record<string, unknown>) => N;
};

// A DataLoader of one page of each parent's list, for the page asked for (`first`, `after`): the pages of every
// parent in a request come from one statement, whose lateral join reads at most `first + 1` rows of each list
// from its index, however long the lists are. `build` starts the query of the rows (the entity under the list's
// alias, plus any joins whose columns `toNode` reads); the totals are counted, in one statement for all parents,
// only when a query asks for them. The page's statement is prepared (PREPARED_MARK): its text is one per list
// and cursor shape, the parents an array.
export function childPageLoader<T extends ObjectLiteral & { id: string }, N = T>(
  context: GraphqlContext,
  name: string,
  first: number,
  after: string | null | undefined,
  list: ChildList,
  build: () => SelectQueryBuilder<T>,
  options: ChildPageOptions<T, N> = {},
): DataLoader<string, ChildPage<N>> {
  const cursor = pageCursor(first, after, list.order);
  const { alias, order } = list;
  const counts = requestLoader<string, number>(context, `${name}:count`, async (parents) => {
    const query = build()
      .connection.createQueryBuilder()
      .select(list.parent, 'parent')
      .addSelect('COUNT(*)', 'count')
      .from(list.table, alias)
      .where(`${list.parent} = ANY(CAST(:keysetParents AS uuid[]))`, { keysetParents: [...parents] })
      .groupBy(list.parent);
    if (list.where) query.andWhere(list.where, list.params);
    const rows = await query.getRawMany<{ parent: string; count: string }>();
    const byParent = new Map(rows.map((row) => [row.parent, Number(row.count)]));
    return parents.map((parent) => byParent.get(parent) ?? 0);
  });
  return requestLoader<string, ChildPage<N>>(context, `${name}:${first}:${after ?? ''}`, async (parents) => {
    const conditions = [`${list.parent} = keyset_parent.id`];
    const params: Record<string, unknown> = { ...list.params, keysetParents: [...parents], keysetLimit: first + 1 };
    if (list.where) conditions.push(`(${list.where})`);
    if (cursor) {
      const after = afterCursorSql(alias, order, cursor);
      conditions.push(after.sql);
      Object.assign(params, after.params);
    }
    const keys = [...order.keys.map((key) => `${key.sql} ${order.direction}`), `${alias}.id ${order.direction}`].join(', ');
    // The inner query names its rows as the outer one does: its alias hides the outer one's inside the subquery.
    const query = build()
      .addSelect(list.parent, 'keyset_parent')
      .andWhere(
        `${alias}.id IN (SELECT keyset_page.id FROM unnest(CAST(:keysetParents AS uuid[])) AS keyset_parent(id)
           CROSS JOIN LATERAL (SELECT ${alias}.id FROM ${list.table} ${alias} ${list.join ?? ''}
                                WHERE ${conditions.join(' AND ')} ORDER BY ${keys} LIMIT :keysetLimit) keyset_page)`,
        params,
      )
      .orderBy(list.parent);
    const { entities, raw } = await orderByKeyset(query, alias, order).comment(PREPARED_COMMENT).getRawAndEntities<Record<string, string>>();
    const rawOf = new Map(raw.map((row) => [row[`${alias}_id`], row]));
    const byParent = new Map<string, { cursor: string; node: N }[]>(parents.map((parent) => [parent, []]));
    for (const entity of entities) {
      const row = rawOf.get(entity.id) as Record<string, string>;
      const node = options.toNode ? options.toNode(entity, row) : (entity as unknown as N);
      byParent.get(row['keyset_parent'])?.push({ node, cursor: encodeCursor(order.keys.map((_, index) => row[`keyset_${index}`]), entity.id) });
    }
    return parents.map((parent) => {
      const rows = byParent.get(parent) ?? [];
      return { rows: rows.slice(0, first), hasNextPage: rows.length > first, totalCount: () => counts.load(parent) };
    });
  });
}
