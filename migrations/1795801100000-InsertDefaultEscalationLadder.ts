import type { MigrationInterface, QueryRunner } from 'typeorm';

// The national default ladder (DOMAIN §3). Alliances override single rungs with their own rows.
export class InsertDefaultEscalationLadder1795801100000 implements MigrationInterface {
  name = 'InsertDefaultEscalationLadder1795801100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO "escalation_rung_setting" ("alliance_id", "rung", "stall_unit", "stall_working_days")
      VALUES
        (NULL, 'PROGRAMMABUREAU', 'WORKING_DAYS', 15),
        (NULL, 'ALLIANTIE', 'WORKING_DAYS', 30),
        (NULL, 'RIJKSVERTEGENWOORDIGER', 'WORKING_DAYS', 30),
        (NULL, 'INTERDEPARTEMENTAAL', 'WORKING_DAYS', 30),
        (NULL, 'DOORBRAAKOVERLEG', 'WORKING_DAYS', 60)
      ON CONFLICT DO NOTHING
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "escalation_rung_setting" WHERE "alliance_id" IS NULL`);
  }
}
