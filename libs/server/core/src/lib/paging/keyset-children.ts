import type DataLoader from 'dataloader';
import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { entityFromJson } from '../json-rows';
import { PREPARED_COMMENT } from '../prepared';
import { requestLoader, type GraphqlContext } from '../request-loaders';
import { encodeCursor } from './keyset-cursor';
import { afterCursorSql, keysetOrderSql, orderByKeyset, pageCursor, type KeysetOrder, type Page } from './keyset-page';

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
  // Columns of the joined rows a page's entries read besides the list's own (`m.title AS meeting_title`).
  readonly columns?: readonly string[];
};

// A page of one parent's list, shaped for a `<Name>Connection` (see connectionTypes and toConnection).
export type ChildPage<N> = Page<N>;

// The loader can also be given a parent's page read inside another statement (see childPageJsonSql): the
// page's rows as that statement's JSON gave them. A field that asks for that page then reads no more.
export type ChildPageLoader<N> = DataLoader<string, ChildPage<N>> & {
  readonly primeFromJson: (parent: string, rows: readonly Record<string, unknown>[]) => void;
};

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
): ChildPageLoader<N> {
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
  // Rows of every parent, in the list's order, made into each parent's page.
  const pagesOf = (parents: readonly string[], rows: readonly { entity: T; raw: Record<string, unknown> }[]): ChildPage<N>[] => {
    const byParent = new Map<string, { cursor: string; node: N }[]>(parents.map((parent) => [parent, []]));
    for (const { entity, raw } of rows) {
      const node = options.toNode ? options.toNode(entity, raw) : (entity as unknown as N);
      byParent.get(raw['keyset_parent'] as string)?.push({ node, cursor: encodeCursor(order.keys.map((_, index) => raw[`keyset_${index}`] as string), entity.id) });
    }
    return parents.map((parent) => {
      const entries = byParent.get(parent) ?? [];
      return { rows: entries.slice(0, first), hasNextPage: entries.length > first, totalCount: () => counts.load(parent) };
    });
  };
  const loader = requestLoader<string, ChildPage<N>>(context, `${name}:${first}:${after ?? ''}`, async (parents) => {
    const conditions = [`${list.parent} = keyset_parent.id`];
    const params: Record<string, unknown> = { ...list.params, keysetParents: [...parents], keysetLimit: first + 1 };
    if (list.where) conditions.push(`(${list.where})`);
    if (cursor) {
      const after = afterCursorSql(alias, order, cursor);
      conditions.push(after.sql);
      Object.assign(params, after.params);
    }
    const keys = keysetOrderSql(alias, order);
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
    return pagesOf(parents, entities.map((entity) => ({ entity, raw: rawOf.get(entity.id) as Record<string, unknown> })));
  }) as ChildPageLoader<N>;
  if (!loader.primeFromJson) {
    Object.assign(loader, {
      primeFromJson: (parent: string, rows: readonly Record<string, unknown>[]) => {
        if (cursor) throw new Error(`${name}: only a first page can be read inside another statement`);
        const { metadata } = build().expressionMap.mainAlias as { metadata: EntityMetadata };
        const [page] = pagesOf([parent], rows.map((row) => ({ entity: entityFromJson<T>(metadata, row), raw: { ...row, keyset_parent: parent } })));
        loader.clear(parent).prime(parent, page);
      },
    });
  }
  return loader;
}

// The first page of one parent's list (the parent's id is `parentSql` of the enclosing statement), as a JSON
// array of its rows, for a statement that reads the parent and its pages at once (a detail screen). The same
// rows, order and cursors as childPageLoader's; give them to its `primeFromJson`. `first` is checked here and
// written into the text, as the list's other parts are: such a statement is prepared.
export const childPageJsonSql = (list: ChildList, first: number, parentSql: string): string => {
  pageCursor(first, null, list.order);
  if (list.params && Object.keys(list.params).length) throw new Error('A list with parameters cannot be read inside another statement');
  const { alias, order } = list;
  const keys = keysetOrderSql(alias, order);
  const columns = [`${alias}.*`, ...(list.columns ?? []), ...order.keys.map((key, index) => `CAST(${key.sql} AS text) AS keyset_${index}`)];
  const where = [`${list.parent} = ${parentSql}`, ...(list.where ? [`(${list.where})`] : [])].join(' AND ');
  return `(SELECT COALESCE(json_agg(keyset_row ORDER BY keyset_row.keyset_position), '[]') FROM (
      SELECT ${columns.join(', ')}, row_number() OVER (ORDER BY ${keys}) AS keyset_position
      FROM ${list.table} ${alias} ${list.join ?? ''} WHERE ${where} ORDER BY ${keys} LIMIT ${first + 1}) keyset_row)`;
};
