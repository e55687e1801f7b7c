import type { MigrationInterface, QueryRunner } from 'typeorm';

// The mayor's briefing reads an alliance's items resolved or achieved in the period, those open at the top, and
// counts the open vastlopers per actielijn. With a national year of data (bench:data: the biggest alliance holds
// 180,000 vastlopers) each of these read every row of the alliance and the briefing took seconds; these partial
// indexes hold only the rows each question is about (the count becomes an index-only scan).
export class IndexBriefingPeriods1796567680654 implements MigrationInterface {
  name = 'IndexBriefingPeriods1796567680654';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_vastloper_resolved" ON "vastloper" ("alliance_id", "resolved_at") WHERE "status" = 'OPGELOST'`);
    await queryRunner.query(
      `CREATE INDEX "IDX_vastloper_unclosed" ON "vastloper" ("alliance_id", "actielijn", "created_at", "confidential") WHERE "status" NOT IN ('OPGELOST', 'INGETROKKEN')`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_doorbraak_achieved" ON "doorbraak" ("alliance_id", "achieved_at") WHERE "status" = 'BEREIKT'`);
    await queryRunner.query(`CREATE INDEX "IDX_doorbraak_open_rung" ON "doorbraak" ("alliance_id", "rung") WHERE "status" = 'LOPEND'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_doorbraak_open_rung"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_doorbraak_achieved"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_vastloper_unclosed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_vastloper_resolved"`);
  }
}
