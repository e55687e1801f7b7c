import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import type { SeedSummary } from './seed-summary';

export type SeedContext = {
  readonly manager: EntityManager;
  readonly now: Date;
  readonly created: SeedSummary;
};

// PostgreSQL allows 65535 bind parameters per statement; rows here have at most ~25 columns.
const CHUNK = 500;

// Inserts rows in order and returns their generated ids in the same order, counting them.
export const insertRows = async <T extends ObjectLiteral>(
  context: SeedContext,
  entity: EntityTarget<T>,
  rows: readonly QueryDeepPartialEntity<T>[],
  counter: keyof SeedSummary,
): Promise<string[]> => {
  const ids: string[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const result = await context.manager.insert(entity, rows.slice(start, start + CHUNK));
    ids.push(...result.identifiers.map((identifier) => String(identifier['id'])));
  }
  context.created[counter] += rows.length;
  return ids;
};
