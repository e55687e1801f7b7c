import { Client } from 'pg';
import { QueryFailedError, type DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@doorbraak/server-testing';

const pgCode = async (work: Promise<unknown>): Promise<string | undefined> => {
  try {
    await work;
  } catch (error) {
    if (error instanceof QueryFailedError) {
      return (error.driverError as { code?: string }).code;
    }
    throw error;
  }
  return undefined;
};

const insertFocusArea = (dataSource: DataSource, slug: string) =>
  dataSource.query(
    `INSERT INTO focus_area (slug, name, municipality, inhabitants, wijken, display_order, characteristics)
     VALUES ($1, 'Testgebied', 'Testgemeente', 1000, 2, 1, '{}') RETURNING id`,
    [slug],
  ) as Promise<{ id: string }[]>;

describe('the database schema, created by the migrations on an empty database', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    await db.dataSource.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await db.drop();
  });

  it('creates a table for every entity of the domain model', async () => {
    const rows: { table_name: string }[] = await db.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const tables = rows.map((row) => row.table_name);
    for (const entity of db.dataSource.entityMetadatas) {
      expect(tables).toContain(entity.tableName);
    }
    expect(tables).toEqual(
      expect.arrayContaining([
        'focus_area',
        'alliance',
        'partner',
        'person',
        'membership',
        'rijksvertegenwoordiger',
        'meeting',
        'agenda_item',
        'decision',
        'action_item',
        'vastloper',
        'doorbraak',
        'progress_update',
        'escalation_event',
        'notification',
        'audit_entry',
        'escalation_rung_setting',
      ]),
    );
  });

  it('matches the entities exactly, so no migration is missing', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('stores every timestamp with its time zone', async () => {
    const rows: { table_name: string; column_name: string }[] = await db.dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type = 'timestamp without time zone'`,
    );
    expect(rows).toEqual([]);
  });

  it('holds the default escalation ladder of five rungs', async () => {
    const rows: { rung: string; stall_working_days: number }[] = await db.dataSource.query(
      `SELECT rung, stall_working_days FROM escalation_rung_setting WHERE alliance_id IS NULL ORDER BY stall_working_days, rung`,
    );
    expect(rows).toHaveLength(5);
    expect(rows.find((row) => row.rung === 'PROGRAMMABUREAU')?.stall_working_days).toBe(15);
    expect(rows.find((row) => row.rung === 'DOORBRAAKOVERLEG')?.stall_working_days).toBe(60);
  });

  it('has the partial index the stall sweep reads due items through', async () => {
    const rows: { indexdef: string }[] = await db.dataSource.query(
      `SELECT indexdef FROM pg_indexes WHERE indexname = 'IDX_vastloper_due'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].indexdef).toContain('(next_escalation_at)');
    expect(rows[0].indexdef).toContain('WHERE');
  });

  it('refuses a duplicate focus-area slug', async () => {
    await insertFocusArea(db.dataSource, 'dubbel');
    expect(await pgCode(insertFocusArea(db.dataSource, 'dubbel'))).toBe('23505');
  });

  it('refuses an email that differs only in case from an existing one', async () => {
    await db.dataSource.query(`INSERT INTO person (name, email) VALUES ('A', 'a@example.nl')`);
    expect(await pgCode(db.dataSource.query(`INSERT INTO person (name, email) VALUES ('B', 'A@example.nl')`))).toBe('23514');
  });

  it('refuses an unknown enum value', async () => {
    const [area] = await insertFocusArea(db.dataSource, 'enum-test');
    const [alliance]: { id: string }[] = await db.dataSource.query(
      `INSERT INTO alliance (focus_area_id, slug, name, horizon_start_year) VALUES ($1, 'enum-test', 'Pact Test', 2024) RETURNING id`,
      [area.id],
    );
    expect(
      await pgCode(
        db.dataSource.query(`INSERT INTO partner (alliance_id, name, type) VALUES ($1, 'Club', 'VOETBALCLUB')`, [alliance.id]),
      ),
    ).toBe('23514');
    expect(
      await pgCode(
        db.dataSource.query(`INSERT INTO membership (person_id, alliance_id, role)
           SELECT id, $1, 'KONING' FROM person LIMIT 1`, [alliance.id]),
      ),
    ).toBe('23514');
  });

  it('refuses a dangling foreign key', async () => {
    expect(
      await pgCode(
        db.dataSource.query(
          `INSERT INTO partner (alliance_id, name, type) VALUES ('00000000-0000-4000-8000-000000000000', 'Wees', 'OVERIG')`,
        ),
      ),
    ).toBe('23503');
  });

  it('refuses a national meeting tied to an alliance, and an alliance meeting without one', async () => {
    expect(
      await pgCode(
        db.dataSource.query(
          `INSERT INTO meeting (type, alliance_id, title, scheduled_at) VALUES ('ALLIANTIE', NULL, 'Zonder alliantie', now())`,
        ),
      ),
    ).toBe('23514');
  });

  it("keeps the audit trail append-only for the application's role", async () => {
    const app = new Client({ connectionString: db.appUrl });
    await app.connect();
    const codeOf = async (sql: string): Promise<string | undefined> =>
      app.query(sql).then(
        () => undefined,
        (error: { code?: string }) => error.code,
      );
    try {
      await app.query(`INSERT INTO audit_entry (operation, entity_type) VALUES ('test', 'Test')`);
      expect(await codeOf(`UPDATE audit_entry SET operation = 'rewritten'`)).toBe('42501');
      expect(await codeOf(`DELETE FROM audit_entry`)).toBe('42501');
      expect(await codeOf(`TRUNCATE audit_entry`)).toBe('42501');
      // The application may still read and write the rest of the data.
      expect(await codeOf(`UPDATE focus_area SET name = name`)).toBeUndefined();
    } finally {
      await app.end();
    }
    // Not even the owner rewrites history while the trigger stands.
    expect(await pgCode(db.dataSource.query(`DELETE FROM audit_entry`))).toBe('42501');
    const rows: { operation: string }[] = await db.dataSource.query(`SELECT operation FROM audit_entry`);
    expect(rows).toEqual([{ operation: 'test' }]);
  });

  it('ends alike on a database migrated while AddEscalationLadderState still created the stall-period check', async () => {
    // That merged migration was edited after it landed; a database migrated before the edit has the
    // check, a fresh one never had it. A later migration drops it wherever it is.
    const hasCheck = async () =>
      ((await db.dataSource.query(`SELECT 1 FROM pg_constraint WHERE conname = 'CHK_escalation_event_stall_period'`)) as unknown[]).length === 1;
    const drop = db.dataSource.migrations.find((migration) => migration.name?.startsWith('DropEscalationEventStallPeriodCheck'));
    expect(drop?.name).toBeDefined();
    expect(await hasCheck()).toBe(false);
    await db.dataSource.query(
      `ALTER TABLE escalation_event ADD CONSTRAINT "CHK_escalation_event_stall_period" CHECK (cause <> 'STALLED' OR stall_period IS NOT NULL)`,
    );
    await db.dataSource.query(`DELETE FROM migrations WHERE name = $1`, [drop?.name]);
    expect(await db.dataSource.runMigrations({ transaction: 'each' })).toHaveLength(1);
    expect(await hasCheck()).toBe(false);
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('can be rolled back to empty and migrated again', async () => {
    for (let index = 0; index < db.dataSource.migrations.length; index += 1) {
      await db.dataSource.undoLastMigration({ transaction: 'each' });
    }
    const remaining: { count: string }[] = await db.dataSource.query(
      `SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(Number(remaining[0].count)).toBe(0);
    const applied = await db.dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(db.dataSource.migrations.length);
  });
});
