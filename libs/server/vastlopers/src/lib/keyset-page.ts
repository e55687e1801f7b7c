import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, type Page } from './item-access';
import { invalidCursor, invalidPageSize } from './vastlopers.exception';

// One page of a list, newest first, by keyset on (created_at, id) of the table under `alias`.
// The query is built only once the page size and cursor are known to be valid.
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  alias: string,
  first: number,
  after: string | null | undefined,
  build: () => SelectQueryBuilder<T>,
): Promise<Page<T>> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw invalidPageSize(MAX_PAGE_SIZE);
  }
  const cursor = after ? decodeCursor(after) : null;
  if (after && !cursor) {
    throw invalidCursor();
  }
  const query = build();
  const counted = query.clone();
  let totalCount: Promise<number> | undefined;
  if (cursor) {
    query.andWhere(`(${alias}.created_at, ${alias}.id) < (:cursorAt::timestamptz, :cursorId::uuid)`, { cursorAt: cursor.createdAt, cursorId: cursor.id });
  }
  const idColumn = `${alias}_id`;
  const { entities, raw } = await query
    .addSelect(`${alias}.created_at::text`, 'cursor_at')
    .orderBy(`${alias}.created_at`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(first + 1)
    .getRawAndEntities<Record<string, string>>();
  const cursorOf = new Map(raw.map((row) => [row[idColumn], row['cursor_at']]));
  return {
    rows: entities.slice(0, first).map((node) => ({ node, cursor: encodeCursor(cursorOf.get(node.id) as string, node.id) })),
    totalCount: () => (totalCount ??= counted.getCount()),
    hasNextPage: entities.length > first,
  };
}
