import type { MigrationInterface, QueryRunner } from 'typeorm';

// Matches people judged "not similar" (DOMAIN §5): one row per pair, whichever side it was dismissed
// from (the smaller id first), so the match leaves the triage and both items' lists for everyone. The
// similarity job keeps recomputing similar_vastloper; this table outlives its refreshes.
export class AddSimilarDismissals1796528383638 implements MigrationInterface {
  name = 'AddSimilarDismissals1796528383638';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "similar_dismissal" (
        "first_id" uuid NOT NULL,
        "second_id" uuid NOT NULL,
        "dismissed_by_id" uuid NOT NULL,
        "dismissed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_similar_dismissal" PRIMARY KEY ("first_id", "second_id"),
        CONSTRAINT "CHK_similar_dismissal_ordered" CHECK ("first_id" < "second_id"),
        CONSTRAINT "FK_similar_dismissal_first" FOREIGN KEY ("first_id") REFERENCES "vastloper"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_similar_dismissal_second" FOREIGN KEY ("second_id") REFERENCES "vastloper"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_similar_dismissal_person" FOREIGN KEY ("dismissed_by_id") REFERENCES "person"("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_similar_dismissal_second" ON "similar_dismissal" ("second_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "similar_dismissal"`);
  }
}
