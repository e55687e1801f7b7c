import type { DataSource } from 'typeorm';
import { waitFor } from './wait-for';

// Until the similarity job has worked off every mark: each item created or changed is indexed.
export const waitUntilIndexed = (db: DataSource, timeoutMs = 120_000): Promise<true> =>
  waitFor(
    'the similarity index',
    async () => {
      const [{ pending }]: { pending: string }[] = await db.query(`SELECT count(*) AS pending FROM similarity_pending`);
      return Number(pending) === 0;
    },
    timeoutMs,
  );
