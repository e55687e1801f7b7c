import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';

type HttpRequest = { headers?: Record<string, string | string[] | undefined>; user?: unknown };

export type GraphqlContext = {
  req?: HttpRequest;
  res?: unknown;
  // Ties the audit entries of one request together; taken from X-Request-Id when a proxy sets one.
  requestId: string;
  // Per-request DataLoaders by name: batching and caching never leak across requests.
  loaders: Map<string, DataLoader<unknown, unknown>>;
};

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

export const createGraphqlContext = (req?: HttpRequest, res?: unknown): GraphqlContext => {
  const header = req?.headers?.['x-request-id'];
  const given = Array.isArray(header) ? header[0] : header;
  return { req, res, requestId: given && REQUEST_ID.test(given) ? given : randomUUID(), loaders: new Map() };
};

export const requestLoader = <K, V>(
  context: GraphqlContext,
  name: string,
  batch: (keys: readonly K[]) => Promise<readonly V[]>,
): DataLoader<K, V> => {
  const existing = context.loaders.get(name);
  if (existing) {
    return existing as unknown as DataLoader<K, V>;
  }
  const loader = new DataLoader<K, V>(batch);
  context.loaders.set(name, loader as unknown as DataLoader<unknown, unknown>);
  return loader;
};

// Orders batch results as DataLoader requires: one entry per key, in key order.
export const groupByKey = <K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] => {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    groups.get(keyOf(row))?.push(row);
  }
  return keys.map((key) => groups.get(key) ?? []);
};

export const oneByKey = <K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] => {
  const byKey = new Map<K, V>(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
};
