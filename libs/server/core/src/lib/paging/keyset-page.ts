import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AccessError } from '../access/access.exception';
import { PREPARED_COMMENT } from '../prepared';
import { decodeCursor, encodeCursor, type KeysetKeyType } from './keyset-cursor';

// Every paged list answers at most this many rows per question.
export const MAX_PAGE_SIZE = 100;

// `totalCount` is counted only when asked for: a count over a whole list costs more than its page.
export type Page<T> = { readonly rows: readonly { cursor: string; node: T }[]; readonly totalCount: () => Promise<number>; readonly hasNextPage: boolean };

// How a list is sorted: by these SQL expressions and then the row's id, all in one direction, so that the
// position after a row is one row comparison.
export type KeysetOrder = { readonly keys: readonly { readonly sql: string; readonly type: KeysetKeyType }[]; readonly direction: 'ASC' | 'DESC' };

// Newest first by creation: the order of most lists.
export const newestFirst = (alias: string): KeysetOrder => ({ keys: [{ sql: `${alias}.created_at`, type: 'timestamptz' }], direction: 'DESC' });

export const isPageSize = (first: unknown): first is number => Number.isInteger(first) && (first as number) >= 1 && (first as number) <= MAX_PAGE_SIZE;

export const invalidPageSize = (): AccessError =>
  new AccessError('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE_SIZE}.`, 'INVALID_PAGE_SIZE');

export const invalidCursor = (): AccessError => new AccessError('BAD_USER_INPUT', 'The cursor is not one this API gave out.', 'INVALID_CURSOR');

// The cursor of a page after checking its size: the errors every paged list answers for a bad `first` or `after`.
export const pageCursor = (first: number, after: string | null | undefined, order: KeysetOrder): { values: string[]; id: string } | null => {
  if (!isPageSize(first)) {
    throw invalidPageSize();
  }
  const cursor = after ? decodeCursor(after, order.keys.map((key) => key.type)) : null;
  if (after && !cursor) {
    throw invalidCursor();
  }
  return cursor;
};

// `(keys…, id) > (cursor…)` (or `<` when sorted descending): the rows after the cursor's, as one row comparison.
export const afterCursorSql = (
  alias: string,
  order: KeysetOrder,
  cursor: { values: string[]; id: string },
): { sql: string; params: Record<string, string> } => {
  const columns = [...order.keys.map((key) => key.sql), `${alias}.id`].join(', ');
  const values = [...order.keys.map((key, index) => `CAST(:keysetCursor${index} AS ${key.type})`), 'CAST(:keysetCursorId AS uuid)'].join(', ');
  const params = Object.fromEntries([...cursor.values.map((value, index) => [`keysetCursor${index}`, value]), ['keysetCursorId', cursor.id]]);
  return { sql: `(${columns}) ${order.direction === 'DESC' ? '<' : '>'} (${values})`, params };
};

// The keys and then the id, each in the list's direction: the text of an ORDER BY.
export const keysetOrderSql = (alias: string, order: KeysetOrder): string =>
  [...order.keys.map((key) => `${key.sql} ${order.direction}`), `${alias}.id ${order.direction}`].join(', ');

// `ORDER BY keys…, id` in the list's direction, and the keys as text (`keyset_<n>`) for the cursors.
export const orderByKeyset = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, order: KeysetOrder): SelectQueryBuilder<T> => {
  order.keys.forEach((key, index) => {
    // CAST, not `::text`: the query builder would read `:text` as a parameter when a filter has one of that name.
    query.addSelect(`CAST(${key.sql} AS text)`, `keyset_${index}`);
    query.addOrderBy(key.sql, order.direction);
  });
  return query.addOrderBy(`${alias}.id`, order.direction);
};

// One page of a list by keyset on (keys…, id) of the table under `alias`. The query is built only once the
// page size and cursor are known to be valid; the count runs only when `totalCount` is called. `withRows`
// adds to the page's statement only (joins for what its rows show), never to the count. The page's statement
// is prepared: a list's filters give it one of a few texts, and the values are all parameters.
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  alias: string,
  first: number,
  after: string | null | undefined,
  build: () => SelectQueryBuilder<T>,
  order: KeysetOrder = newestFirst(alias),
  withRows?: (query: SelectQueryBuilder<T>) => void,
): Promise<Page<T>> {
  const cursor = pageCursor(first, after, order);
  const query = build();
  const counted = query.clone();
  withRows?.(query);
  let totalCount: Promise<number> | undefined;
  if (cursor) {
    const { sql, params } = afterCursorSql(alias, order, cursor);
    query.andWhere(sql, params);
  }
  // The list's own order gives way to the keyset's.
  query.orderBy();
  const idColumn = `${alias}_id`;
  const { entities, raw } = await orderByKeyset(query, alias, order)
    .limit(first + 1)
    .comment(PREPARED_COMMENT)
    .getRawAndEntities<Record<string, string>>();
  const keysOf = new Map(raw.map((row) => [row[idColumn], order.keys.map((_, index) => row[`keyset_${index}`])]));
  return {
    rows: entities.slice(0, first).map((node) => ({ node, cursor: encodeCursor(keysOf.get(node.id) as string[], node.id) })),
    totalCount: () => (totalCount ??= counted.getCount()),
    hasNextPage: entities.length > first,
  };
}
