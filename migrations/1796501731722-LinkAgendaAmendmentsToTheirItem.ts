import { MigrationInterface, QueryRunner } from "typeorm";

export class LinkAgendaAmendmentsToTheirItem1796501731722 implements MigrationInterface {
    name = 'LinkAgendaAmendmentsToTheirItem1796501731722'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "agenda_amendment"
            ADD "vastloper_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_amendment"
            ADD "doorbraak_id" uuid
        `);
        // Amendments of items still on an agenda take their item's subject; removed ones are not known.
        await queryRunner.query(`
            UPDATE "agenda_amendment" am
            SET "vastloper_id" = ai."vastloper_id", "doorbraak_id" = ai."doorbraak_id"
            FROM "agenda_item" ai
            WHERE ai."id" = am."agenda_item_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_amendment"
            ADD CONSTRAINT "CHK_agenda_amendment_item" CHECK (
                    num_nonnulls("vastloper_id", "doorbraak_id") <= 1
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_amendment"
            ADD CONSTRAINT "FK_c682744cad1b098c509ba40e950" FOREIGN KEY ("vastloper_id") REFERENCES "vastloper"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_amendment"
            ADD CONSTRAINT "FK_93b91b326b545623b4aa5590ceb" FOREIGN KEY ("doorbraak_id") REFERENCES "doorbraak"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "agenda_amendment" DROP CONSTRAINT "FK_93b91b326b545623b4aa5590ceb"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_amendment" DROP CONSTRAINT "FK_c682744cad1b098c509ba40e950"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_amendment" DROP CONSTRAINT "CHK_agenda_amendment_item"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_amendment" DROP COLUMN "doorbraak_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_amendment" DROP COLUMN "vastloper_id"
        `);
    }

}
