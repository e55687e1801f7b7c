import type { MigrationInterface, QueryRunner } from 'typeorm';

// A national dossier climbs the national rungs with its own stall clock (the same columns a vastloper has),
// its moves are escalation events, and a dossier with an owning ministry has an answer clock.
export class PutDossiersOnTheLadder1796561000000 implements MigrationInterface {
  name = 'PutDossiersOnTheLadder1796561000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "dossier"
        ADD "rung" text,
        ADD "rung_entered_at" TIMESTAMP WITH TIME ZONE,
        ADD "last_progress_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        ADD "next_escalation_at" TIMESTAMP WITH TIME ZONE,
        ADD "early_warning_at" TIMESTAMP WITH TIME ZONE,
        ADD "stall_period" integer NOT NULL DEFAULT '0',
        ADD "acknowledged_at" TIMESTAMP WITH TIME ZONE,
        ADD "early_warning_sent_at" TIMESTAMP WITH TIME ZONE,
        ADD "overdue_at" TIMESTAMP WITH TIME ZONE
    `);
    // Open dossiers start at INTERDEPARTEMENTAAL from when they opened. The due time is a first estimate
    // (30 working days are at least six weeks); the worker sets the exact one when it looks at the dossier.
    await queryRunner.query(`
      UPDATE "dossier" SET "last_progress_at" = coalesce("accepted_at", "created_at"),
             "rung" = CASE WHEN "status" = 'PROPOSED' THEN NULL ELSE 'INTERDEPARTEMENTAAL' END,
             "rung_entered_at" = CASE WHEN "status" = 'PROPOSED' THEN NULL ELSE coalesce("accepted_at", "created_at") END,
             "next_escalation_at" = CASE WHEN "status" = 'OPEN' THEN coalesce("accepted_at", "created_at") + interval '42 days' END
    `);
    await queryRunner.query(`
      ALTER TABLE "dossier" ADD CONSTRAINT "CHK_dossier_rung" CHECK ("rung" IS NULL OR "rung" IN ('INTERDEPARTEMENTAAL', 'DOORBRAAKOVERLEG'))
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_dossier_due" ON "dossier" ("next_escalation_at") WHERE "status" = 'OPEN' AND "next_escalation_at" IS NOT NULL
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_dossier_early_warning" ON "dossier" ("early_warning_at") WHERE "status" = 'OPEN' AND "early_warning_at" IS NOT NULL
    `);

    await queryRunner.query(`ALTER TABLE "escalation_event" ADD "dossier_id" uuid`);
    await queryRunner.query(`ALTER TABLE "escalation_event" DROP CONSTRAINT "CHK_escalation_event_item"`);
    await queryRunner.query(`
      ALTER TABLE "escalation_event" ADD CONSTRAINT "CHK_escalation_event_item" CHECK (num_nonnulls("vastloper_id", "doorbraak_id", "dossier_id") = 1)
    `);
    await queryRunner.query(`CREATE INDEX "IDX_escalation_event_dossier" ON "escalation_event" ("dossier_id", "at")`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "UQ_escalation_event_dossier_stall" ON "escalation_event" ("dossier_id", "from_rung", "stall_period")
      WHERE "cause" = 'STALLED' AND "dossier_id" IS NOT NULL
    `);
    await queryRunner.query(`
      ALTER TABLE "escalation_event" ADD CONSTRAINT "FK_f38232bbdd8c0dc74e6257220e4" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);

    await queryRunner.query(`ALTER TABLE "answer_clock" ADD "dossier_id" uuid`);
    await queryRunner.query(`ALTER TABLE "answer_clock" ALTER COLUMN "vastloper_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "answer_clock" ADD CONSTRAINT "CHK_answer_clock_item" CHECK (num_nonnulls("vastloper_id", "dossier_id") = 1)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_answer_clock_open_dossier" ON "answer_clock" ("dossier_id") WHERE "closed_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_answer_clock_dossier" ON "answer_clock" ("dossier_id", "reached_ministry_at")`);
    await queryRunner.query(`
      ALTER TABLE "answer_clock" ADD CONSTRAINT "FK_4e58e6ef5aa8708a04fe6daa096" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "answer_clock" WHERE "dossier_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "answer_clock" DROP CONSTRAINT "FK_4e58e6ef5aa8708a04fe6daa096"`);
    await queryRunner.query(`DROP INDEX "IDX_answer_clock_dossier"`);
    await queryRunner.query(`DROP INDEX "UQ_answer_clock_open_dossier"`);
    await queryRunner.query(`ALTER TABLE "answer_clock" DROP CONSTRAINT "CHK_answer_clock_item"`);
    await queryRunner.query(`ALTER TABLE "answer_clock" ALTER COLUMN "vastloper_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "answer_clock" DROP COLUMN "dossier_id"`);

    await queryRunner.query(`DELETE FROM "escalation_event" WHERE "dossier_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "escalation_event" DROP CONSTRAINT "FK_f38232bbdd8c0dc74e6257220e4"`);
    await queryRunner.query(`DROP INDEX "UQ_escalation_event_dossier_stall"`);
    await queryRunner.query(`DROP INDEX "IDX_escalation_event_dossier"`);
    await queryRunner.query(`ALTER TABLE "escalation_event" DROP CONSTRAINT "CHK_escalation_event_item"`);
    await queryRunner.query(`ALTER TABLE "escalation_event" ADD CONSTRAINT "CHK_escalation_event_item" CHECK (num_nonnulls("vastloper_id", "doorbraak_id") = 1)`);
    await queryRunner.query(`ALTER TABLE "escalation_event" DROP COLUMN "dossier_id"`);

    await queryRunner.query(`DROP INDEX "IDX_dossier_early_warning"`);
    await queryRunner.query(`DROP INDEX "IDX_dossier_due"`);
    await queryRunner.query(`ALTER TABLE "dossier" DROP CONSTRAINT "CHK_dossier_rung"`);
    await queryRunner.query(`
      ALTER TABLE "dossier"
        DROP COLUMN "rung", DROP COLUMN "rung_entered_at", DROP COLUMN "last_progress_at", DROP COLUMN "next_escalation_at",
        DROP COLUMN "early_warning_at", DROP COLUMN "stall_period", DROP COLUMN "acknowledged_at", DROP COLUMN "early_warning_sent_at",
        DROP COLUMN "overdue_at"
    `);
  }
}
