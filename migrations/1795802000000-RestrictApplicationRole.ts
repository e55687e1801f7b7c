import type { MigrationInterface, QueryRunner } from 'typeorm';

// The API and worker connect as doorbraak_app, which may read and write the data but never
// change the audit trail. Migrations run as the schema owner. The role is created here without
// login when the database administrator has not created it yet.
export class RestrictApplicationRole1795802000000 implements MigrationInterface {
  name = 'RestrictApplicationRole1795802000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'doorbraak_app') THEN
          CREATE ROLE doorbraak_app NOLOGIN;
        END IF;
      END $$
    `);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO doorbraak_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO doorbraak_app`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO doorbraak_app`);
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO doorbraak_app`,
    );
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO doorbraak_app`);
    await queryRunner.query(`REVOKE ALL ON "migrations" FROM doorbraak_app`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_entry" FROM doorbraak_app`);
    // Belt and braces: even the owner cannot rewrite history without disabling this trigger.
    await queryRunner.query(`
      CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON "audit_entry"
      FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_entry_append_only ON "audit_entry"`);
    await queryRunner.query(`DROP FUNCTION audit_entry_append_only()`);
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM doorbraak_app`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM doorbraak_app`,
    );
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM doorbraak_app`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM doorbraak_app`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM doorbraak_app`);
  }
}
