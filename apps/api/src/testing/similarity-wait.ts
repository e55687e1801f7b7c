import type { DataSource } from 'typeorm';

export const waitFor = async <T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
};

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
