import type { MigrationInterface, QueryRunner } from 'typeorm';

// The mayor's briefing reads an alliance's moves of one period. Through a join to the items that was a scan of
// every event of the period (nationally) plus all of the alliance's items: seconds for the biggest alliance. An
// event now carries its item's alliance (an item never changes alliance), so (alliance, moment) finds exactly
// the rows asked for. A national dossier's events have none; the check keeps every writer honest.
export class AddEscalationEventAlliance1796601563002 implements MigrationInterface {
  name = 'AddEscalationEventAlliance1796601563002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "escalation_event" ADD "alliance_id" uuid`);
    await queryRunner.query(`
      UPDATE "escalation_event" e SET "alliance_id" = v."alliance_id" FROM "vastloper" v WHERE v."id" = e."vastloper_id"
    `);
    await queryRunner.query(`
      UPDATE "escalation_event" e SET "alliance_id" = d."alliance_id" FROM "doorbraak" d WHERE d."id" = e."doorbraak_id"
    `);
    await queryRunner.query(`
      ALTER TABLE "escalation_event" ADD CONSTRAINT "CHK_escalation_event_alliance" CHECK (("alliance_id" IS NULL) = ("dossier_id" IS NOT NULL))
    `);
    await queryRunner.query(`CREATE INDEX "IDX_escalation_event_alliance" ON "escalation_event" ("alliance_id", "at")`);
    await queryRunner.query(`
      ALTER TABLE "escalation_event" ADD CONSTRAINT "FK_0e6692d180ff69ef50794c0eacb" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "escalation_event" DROP CONSTRAINT "FK_0e6692d180ff69ef50794c0eacb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_escalation_event_alliance"`);
    await queryRunner.query(`ALTER TABLE "escalation_event" DROP CONSTRAINT "CHK_escalation_event_alliance"`);
    await queryRunner.query(`ALTER TABLE "escalation_event" DROP COLUMN "alliance_id"`);
  }
}
