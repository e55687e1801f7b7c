// What every bench script needs: printing, database URLs, a statement as the admin, timing and quantiles.
import { Client } from 'pg';

export const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// The same server and role, another database.
export const withDatabase = (url: string, name: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

// Runs `sql` on `url`'s database and answers its rows.
export const query = async <T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
};

// For CREATE and DROP DATABASE: run on the server's maintenance database.
export const admin = async (url: string, sql: string): Promise<void> => {
  await query(withDatabase(url, 'postgres'), sql);
};

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
};

export const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
};
