import type { MigrationInterface, QueryRunner } from 'typeorm';

// A national dossier can be on the doorbraakoverleg's agenda (and on its "to schedule" list) like a
// vastloper or a doorbraak: one more column, and the checks still allow at most (or exactly) one subject.
export class LinkAgendaItemsToDossiers1796560000000 implements MigrationInterface {
  name = 'LinkAgendaItemsToDossiers1796560000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_item" ADD "dossier_id" uuid`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "CHK_agenda_item_item"`);
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "CHK_agenda_item_item" CHECK (num_nonnulls("vastloper_id", "doorbraak_id", "dossier_id") <= 1)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_agenda_item_dossier" ON "agenda_item" ("dossier_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_agenda_item_escalated_dossier" ON "agenda_item" ("meeting_id", "dossier_id") WHERE "source" = 'ESCALATION' AND "dossier_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_f05a9a155635b8ff84ad5b6a7dc" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "agenda_backlog_item" ADD "dossier_id" uuid`);
    await queryRunner.query(`ALTER TABLE "agenda_backlog_item" DROP CONSTRAINT "CHK_agenda_backlog_item_item"`);
    await queryRunner.query(
      `ALTER TABLE "agenda_backlog_item" ADD CONSTRAINT "CHK_agenda_backlog_item_item" CHECK (num_nonnulls("vastloper_id", "doorbraak_id", "dossier_id") = 1)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_agenda_backlog_item_dossier" ON "agenda_backlog_item" ("meeting_type", "dossier_id") WHERE "placed_at" IS NULL AND "dossier_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_backlog_item" ADD CONSTRAINT "FK_44ee103c6e22c9fb8bbc188bdb2" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "agenda_backlog_item" WHERE "dossier_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "agenda_backlog_item" DROP CONSTRAINT "FK_44ee103c6e22c9fb8bbc188bdb2"`);
    await queryRunner.query(`DROP INDEX "UQ_agenda_backlog_item_dossier"`);
    await queryRunner.query(`ALTER TABLE "agenda_backlog_item" DROP CONSTRAINT "CHK_agenda_backlog_item_item"`);
    await queryRunner.query(
      `ALTER TABLE "agenda_backlog_item" ADD CONSTRAINT "CHK_agenda_backlog_item_item" CHECK (num_nonnulls("vastloper_id", "doorbraak_id") = 1)`,
    );
    await queryRunner.query(`ALTER TABLE "agenda_backlog_item" DROP COLUMN "dossier_id"`);
    await queryRunner.query(`UPDATE "agenda_item" SET "dossier_id" = NULL`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_f05a9a155635b8ff84ad5b6a7dc"`);
    await queryRunner.query(`DROP INDEX "UQ_agenda_item_escalated_dossier"`);
    await queryRunner.query(`DROP INDEX "IDX_agenda_item_dossier"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "CHK_agenda_item_item"`);
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "CHK_agenda_item_item" CHECK (num_nonnulls("vastloper_id", "doorbraak_id") <= 1)`,
    );
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP COLUMN "dossier_id"`);
  }
}
