import type { MigrationInterface, QueryRunner } from 'typeorm';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

// An amendment kept only a Dutch sentence ("Verplaatst naar punt 3: …"); screens in English need its
// facts. Existing rows take them from that sentence, whose forms are fixed: "<what>: <title>", with the
// position after "Verplaatst naar punt" and the date after "Doorgeschoven van" ("3 maart 2027").
export class AddAgendaAmendmentFacts1796527587208 implements MigrationInterface {
  name = 'AddAgendaAmendmentFacts1796527587208';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_amendment" ADD "item_title" text`);
    await queryRunner.query(`ALTER TABLE "agenda_amendment" ADD "position" integer`);
    await queryRunner.query(`ALTER TABLE "agenda_amendment" ADD "carried_over_from" date`);
    await queryRunner.query(`UPDATE "agenda_amendment" SET "item_title" = substring("description" from '^[^:]*: (.*)$')`);
    await queryRunner.query(`UPDATE "agenda_amendment" SET "item_title" = "description" WHERE "item_title" IS NULL`);
    await queryRunner.query(
      `UPDATE "agenda_amendment" SET "position" = (substring("description" from '^Verplaatst naar punt ([0-9]+): '))::int WHERE "change" = 'MOVED'`,
    );
    await queryRunner.query(
      `UPDATE "agenda_amendment" am
          SET "carried_over_from" = make_date(parts[3]::int, array_position($1::text[], parts[2]), parts[1]::int)
         FROM (SELECT "id", regexp_match("description", '^Doorgeschoven van ([0-9]{1,2}) ([a-z]+) ([0-9]{4}): ') AS parts FROM "agenda_amendment") found
        WHERE found."id" = am."id" AND found.parts IS NOT NULL AND array_position($1::text[], found.parts[2]) IS NOT NULL`,
      [MONTHS],
    );
    await queryRunner.query(`ALTER TABLE "agenda_amendment" ALTER COLUMN "item_title" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_amendment" DROP COLUMN "carried_over_from"`);
    await queryRunner.query(`ALTER TABLE "agenda_amendment" DROP COLUMN "position"`);
    await queryRunner.query(`ALTER TABLE "agenda_amendment" DROP COLUMN "item_title"`);
  }
}
