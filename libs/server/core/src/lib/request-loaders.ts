import DataLoader from 'dataloader';

export type GraphqlContext = {
  req?: unknown;
  // Per-request DataLoaders by name: batching and caching never leak across requests.
  loaders: Map<string, DataLoader<unknown, unknown>>;
};

export const createGraphqlContext = (req?: unknown): GraphqlContext => ({ req, loaders: new Map() });

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
