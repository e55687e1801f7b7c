import type { DataSource, EntityManager } from 'typeorm';

// The open vastlopers (OPEN or IN_BEHANDELING) per alliance_id, rung, category, owning_ministry and confidential,
// as column `n`: kept by triggers on vastloper, exact at every moment (see migration CountOpenVastlopers).
// Read it with the columns' names and sum(n); never count the vastloper table for these figures.
export const OPEN_VASTLOPER_FIGURES = 'vastloper_open_figures';

// Folds the counts the triggers appended since the last fold into the totals, in one statement: each appended row
// is taken exactly once even when two workers fold at the same moment, and totals are locked in key order.
export const foldOpenVastloperCounts = async (db: DataSource | EntityManager): Promise<void> => {
  const key = 'alliance_id, rung, category, owning_ministry, confidential';
  await db.query(`
    WITH folded AS (DELETE FROM vastloper_open_count_delta RETURNING ${key}, n),
         summed AS (SELECT ${key}, sum(n) AS n FROM folded GROUP BY ${key})
    INSERT INTO vastloper_open_count (${key}, n)
    SELECT ${key}, n FROM summed ORDER BY ${key}
    ON CONFLICT (${key}) DO UPDATE SET n = vastloper_open_count.n + EXCLUDED.n`);
  await db.query(`DELETE FROM vastloper_open_count WHERE n = 0`);
};
