import { DataSource } from 'typeorm';
import { prepared } from '@doorbraak/server-core';
import { createTestDatabase, type TestDatabase } from '@doorbraak/server-testing';
import { dataSourceOptions } from './data-source-options';
import { PreparingClient } from './prepared-statements';

// Named prepared statements of the application's pool: what PostgreSQL keeps for a connection of it.
describe('statements marked as prepared', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    // One connection, so that every statement meets what the ones before it prepared.
    const options = dataSourceOptions(db.url);
    dataSource = await new DataSource({ ...options, extra: { ...options.extra, max: 1 } }).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db.drop();
  });

  const preparedOnTheConnection = (): Promise<{ statement: string; generic_plans: string }[]> =>
    dataSource.query(`SELECT statement, generic_plans FROM pg_prepared_statements ORDER BY prepare_time`);

  it('are prepared once per connection and, run again, planned once; statements without the mark are not prepared', async () => {
    const lookup = prepared(`SELECT datname FROM pg_database WHERE oid = $1::oid`);
    const [{ oid, name }]: { oid: number; name: string }[] = await dataSource.query(
      `SELECT oid, datname AS name FROM pg_database WHERE datname = current_database()`,
    );
    for (let run = 0; run < 8; run += 1) {
      expect(await dataSource.query(lookup, [oid])).toEqual([{ datname: name }]);
      expect(await dataSource.query(`SELECT datname FROM pg_database WHERE oid = $1::oid`, [oid])).toEqual([{ datname: name }]);
    }
    const statements = await preparedOnTheConnection();
    expect(statements.map((row) => row.statement)).toEqual([lookup]);
    // After five custom plans PostgreSQL settles on a generic one and stops planning.
    expect(Number(statements[0].generic_plans)).toBeGreaterThanOrEqual(3);
  });

  it('fail as any statement does, with the driver error wrapped by TypeORM, and leave the connection usable', async () => {
    const divide = prepared(`SELECT 1 / $1::int AS n`);
    await expect(dataSource.query(divide, [0])).rejects.toMatchObject({ name: 'QueryFailedError', driverError: expect.objectContaining({ code: '22012' }) });
    expect(await dataSource.query(divide, [1])).toEqual([{ n: 1 }]);
  });

  it('whose first preparation failed in an aborted transaction, are prepared again afterwards', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await expect(runner.query('SELECT 1 / 0')).rejects.toMatchObject({ name: 'QueryFailedError' });
      const next = prepared(`SELECT $1::int + 1 AS n`);
      // 25P02: the transaction is aborted, so PostgreSQL refuses the statement before it prepares it.
      await expect(runner.query(next, [1])).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '25P02' }) });
      await runner.rollbackTransaction();
      expect(await runner.query(next, [1])).toEqual([{ n: 2 }]);
    } finally {
      await runner.release();
    }
  });

  it('are kept to a number per connection: past it, a new text runs unprepared and answers the same', async () => {
    const before = (await preparedOnTheConnection()).length;
    const { limit } = PreparingClient;
    PreparingClient.limit = before + 2;
    try {
      const texts = [1, 2, 3].map((n) => prepared(`SELECT $1::int * ${n} AS n`));
      for (const [index, text] of texts.entries()) {
        expect(await dataSource.query(text, [7])).toEqual([{ n: 7 * (index + 1) }]);
      }
      // The first two were prepared and stay so; the third was not.
      const statements = (await preparedOnTheConnection()).map((row) => row.statement);
      expect(statements.slice(before)).toEqual(texts.slice(0, 2));
      expect(await dataSource.query(texts[0], [2])).toEqual([{ n: 2 }]);
    } finally {
      PreparingClient.limit = limit;
    }
  });
});
