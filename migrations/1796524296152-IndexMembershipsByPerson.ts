import type { MigrationInterface, QueryRunner } from 'typeorm';

// Every authenticated request loads the caller's memberships by person; until now that was a sequential scan.
export class IndexMembershipsByPerson1796524296152 implements MigrationInterface {
  name = 'IndexMembershipsByPerson1796524296152';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_membership_person" ON "membership" ("person_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_membership_person"`);
  }
}
