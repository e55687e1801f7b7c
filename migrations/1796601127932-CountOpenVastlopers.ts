import type { MigrationInterface, QueryRunner } from 'typeorm';

// The open vastlopers (OPEN or IN_BEHANDELING) counted per alliance, rung, category, owning ministry and
// confidentiality, for the national overview: with a million items an alliance's open ones are tens of thousands
// of rows to count on every request. Triggers on vastloper append what each change does to the counts to
// `vastloper_open_count_delta` (insert only, so concurrent writers never wait on a shared counter row). Once 64
// such rows wait, the writer that next gets the fold's lock without waiting folds them into `vastloper_open_count`
// (the others carry on). `vastloper_open_figures` reads both, so a count is exact at every moment, folded or not.
const KEY = `"alliance_id", "rung", "category", "owning_ministry", "confidential"`;
const OPEN = `"status" IN ('OPEN', 'IN_BEHANDELING')`;
const FOLD_AFTER = 64;

export class CountOpenVastlopers1796601127932 implements MigrationInterface {
  name = 'CountOpenVastlopers1796601127932';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // No foreign keys: a deleted alliance takes its vastlopers with it, and their negative counts are written
    // after its row is gone. Readers join the alliances that exist.
    const columns = `"alliance_id" uuid NOT NULL, "rung" text NOT NULL, "category" text NOT NULL, "owning_ministry" text,
        "confidential" boolean NOT NULL, "n" bigint NOT NULL`;
    await queryRunner.query(`CREATE TABLE "vastloper_open_count" (${columns})`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_vastloper_open_count" ON "vastloper_open_count" (${KEY}) NULLS NOT DISTINCT`);
    await queryRunner.query(`CREATE TABLE "vastloper_open_count_delta" ("id" bigserial PRIMARY KEY, ${columns})`);
    await queryRunner.query(`
      CREATE VIEW "vastloper_open_figures" AS
        SELECT ${KEY}, "n" FROM "vastloper_open_count"
        UNION ALL
        SELECT ${KEY}, "n" FROM "vastloper_open_count_delta"`);
    // One row per key a statement's inserted or deleted rows touched, with what it added or took away.
    const changes = (parts: string[]) => `
        INSERT INTO "vastloper_open_count_delta" (${KEY}, "n")
        SELECT ${KEY}, sum("n") FROM (${parts.join(' UNION ALL ')}) AS "changed"
         GROUP BY ${KEY} HAVING sum("n") <> 0;`;
    const removed = `SELECT ${KEY}, -1 AS "n" FROM "old_rows" WHERE ${OPEN}`;
    const added = `SELECT ${KEY}, 1 AS "n" FROM "new_rows" WHERE ${OPEN}`;
    // Each waiting row is taken exactly once, and the totals are changed by one transaction at a time (the lock), so
    // no two folds wait on each other. Only under READ COMMITTED, where the fold sees what others committed.
    await queryRunner.query(`
      CREATE FUNCTION "vastloper_open_count_fold"() RETURNS void LANGUAGE sql AS $$
        WITH "folded" AS (DELETE FROM "vastloper_open_count_delta" RETURNING ${KEY}, "n"),
             "summed" AS (SELECT ${KEY}, sum("n") AS "n" FROM "folded" GROUP BY ${KEY})
        INSERT INTO "vastloper_open_count" (${KEY}, "n")
        SELECT ${KEY}, "n" FROM "summed"
        ON CONFLICT (${KEY}) DO UPDATE SET "n" = "vastloper_open_count"."n" + EXCLUDED."n";
        DELETE FROM "vastloper_open_count" WHERE "n" = 0;
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION "vastloper_open_count_fold_when_due"() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('transaction_isolation') = 'read committed'
           AND (SELECT count(*) FROM (SELECT 1 FROM "vastloper_open_count_delta" LIMIT ${FOLD_AFTER}) AS "waiting") = ${FOLD_AFTER}
           AND pg_try_advisory_xact_lock(hashtext('vastloper_open_count_fold')) THEN
          PERFORM "vastloper_open_count_fold"();
        END IF;
      END $$`);
    // Inserts and deletes, per statement (a bulk load is one row per key, not one per item).
    await queryRunner.query(`
      CREATE FUNCTION "vastloper_open_count_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${changes([added])}
        ELSIF TG_OP = 'DELETE' THEN ${changes([removed])}
        ELSE
          DELETE FROM "vastloper_open_count_delta";
          DELETE FROM "vastloper_open_count";
          RETURN NULL;
        END IF;
        PERFORM "vastloper_open_count_fold_when_due"();
        RETURN NULL;
      END $$`);
    // Updates, per row and only when the row's key or status changed (the WHEN clause costs no function call),
    // so new progress or a new due time costs nothing here.
    await queryRunner.query(`
      CREATE FUNCTION "vastloper_open_count_row_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.${OPEN} THEN
          INSERT INTO "vastloper_open_count_delta" (${KEY}, "n")
          VALUES (OLD."alliance_id", OLD."rung", OLD."category", OLD."owning_ministry", OLD."confidential", -1);
        END IF;
        IF NEW.${OPEN} THEN
          INSERT INTO "vastloper_open_count_delta" (${KEY}, "n")
          VALUES (NEW."alliance_id", NEW."rung", NEW."category", NEW."owning_ministry", NEW."confidential", 1);
        END IF;
        PERFORM "vastloper_open_count_fold_when_due"();
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "vastloper_open_count_insert" AFTER INSERT ON "vastloper" REFERENCING NEW TABLE AS "new_rows"
        FOR EACH STATEMENT EXECUTE FUNCTION "vastloper_open_count_changes"()`);
    await queryRunner.query(`
      CREATE TRIGGER "vastloper_open_count_update" AFTER UPDATE OF "status", ${KEY} ON "vastloper"
        FOR EACH ROW WHEN ((OLD."status", OLD."alliance_id", OLD."rung", OLD."category", OLD."owning_ministry", OLD."confidential")
                           IS DISTINCT FROM (NEW."status", NEW."alliance_id", NEW."rung", NEW."category", NEW."owning_ministry", NEW."confidential"))
        EXECUTE FUNCTION "vastloper_open_count_row_changed"()`);
    await queryRunner.query(`
      CREATE TRIGGER "vastloper_open_count_delete" AFTER DELETE ON "vastloper" REFERENCING OLD TABLE AS "old_rows"
        FOR EACH STATEMENT EXECUTE FUNCTION "vastloper_open_count_changes"()`);
    await queryRunner.query(`
      CREATE TRIGGER "vastloper_open_count_truncate" AFTER TRUNCATE ON "vastloper"
        FOR EACH STATEMENT EXECUTE FUNCTION "vastloper_open_count_changes"()`);
    await queryRunner.query(`
      INSERT INTO "vastloper_open_count" (${KEY}, "n")
      SELECT ${KEY}, count(*) FROM "vastloper" WHERE ${OPEN} GROUP BY ${KEY}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      await queryRunner.query(`DROP TRIGGER "vastloper_open_count_${event}" ON "vastloper"`);
    }
    for (const name of ['changes', 'row_changed', 'fold_when_due', 'fold']) {
      await queryRunner.query(`DROP FUNCTION "vastloper_open_count_${name}"()`);
    }
    await queryRunner.query(`DROP VIEW "vastloper_open_figures"`);
    await queryRunner.query(`DROP TABLE "vastloper_open_count_delta"`);
    await queryRunner.query(`DROP TABLE "vastloper_open_count"`);
  }
}
