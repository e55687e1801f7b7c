import type { MigrationInterface, QueryRunner } from 'typeorm';

// DOMAIN §5 PriorityVote: a rijksvertegenwoordiger's votes for a candidate of the next doorbraakoverleg,
// one row per voter, meeting and candidate (a dossier or a vastloper), holding how many votes they put
// there. The limit per voter and meeting is a sum over rows, which no CHECK can hold: the doorbraakoverleg
// context takes a transaction lock per voter and meeting before it counts and writes.
export class AddPriorityVotes1796556903719 implements MigrationInterface {
  name = 'AddPriorityVotes1796556903719';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "priority_vote" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL,
        "voter_id" uuid NOT NULL,
        "dossier_id" uuid,
        "vastloper_id" uuid,
        "votes" integer NOT NULL,
        "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_priority_vote" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_priority_vote_candidate" CHECK (("dossier_id" IS NULL) <> ("vastloper_id" IS NULL)),
        CONSTRAINT "CHK_priority_vote_votes" CHECK ("votes" > 0),
        CONSTRAINT "FK_priority_vote_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_priority_vote_voter" FOREIGN KEY ("voter_id") REFERENCES "person"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_priority_vote_dossier" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_priority_vote_vastloper" FOREIGN KEY ("vastloper_id") REFERENCES "vastloper"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_priority_vote_dossier" ON "priority_vote" ("meeting_id", "voter_id", "dossier_id") WHERE "dossier_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_priority_vote_vastloper" ON "priority_vote" ("meeting_id", "voter_id", "vastloper_id") WHERE "vastloper_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_priority_vote_dossier" ON "priority_vote" ("dossier_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_priority_vote_vastloper" ON "priority_vote" ("vastloper_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "priority_vote"`);
  }
}
