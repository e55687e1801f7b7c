import type { MigrationInterface, QueryRunner } from 'typeorm';

// The national overview counts, per alliance, the open vastlopers that are due or late at the top, and lists the
// stalled ones. At national volume (bench:data: 70,000 open of 700,000) both read every open row from the table:
// the open figures' index now also holds the columns those counts ask (an index-only scan), and the late ones at
// the top have an index of their own, so the stalled list reads the due and the late rows through two indexes.
export class IndexStalledVastlopers1796568445524 implements MigrationInterface {
  name = 'IndexStalledVastlopers1796568445524';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_vastloper_open_figures"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_vastloper_open_figures" ON "vastloper" ("alliance_id", "rung", "category", "actielijn", "owning_ministry", "confidential", "next_escalation_at", "overdue_at") WHERE "status" IN ('OPEN', 'IN_BEHANDELING')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_vastloper_overdue" ON "vastloper" ("overdue_at") WHERE "status" IN ('OPEN', 'IN_BEHANDELING') AND "overdue_at" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_vastloper_overdue"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_vastloper_open_figures"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_vastloper_open_figures" ON "vastloper" ("alliance_id", "rung", "category", "actielijn", "owning_ministry") WHERE "status" IN ('OPEN', 'IN_BEHANDELING')`,
    );
  }
}
