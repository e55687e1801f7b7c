import type { MigrationInterface, QueryRunner } from 'typeorm';

// The dashboards and the ladder overview count open vastlopers per alliance, rung, category, actielijn and ministry.
// With a national year of data (bench:data: 700,000 vastlopers, a fifth of them open) each count read the whole
// table; this partial index holds only the open ones and every column counted, so a count is an index-only scan.
export class IndexOpenVastloperFigures1796560507105 implements MigrationInterface {
  name = 'IndexOpenVastloperFigures1796560507105';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_vastloper_open_figures" ON "vastloper" ("alliance_id", "rung", "category", "actielijn", "owning_ministry") WHERE "status" IN ('OPEN', 'IN_BEHANDELING')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_vastloper_open_figures"`);
  }
}
