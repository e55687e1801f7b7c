import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = [
  'ESCALATED',
  'EARLY_WARNING',
  'OVERDUE',
  'TO_SCHEDULE',
  'AGENDA_PUBLISHED',
  'ACTION_ITEM_REMINDER',
  'STATUS_REQUEST',
  'BRIEFING_READY',
  'ESCALATION_FAILED',
];

const check = (table: string, kinds: readonly string[]): string =>
  `ALTER TABLE "${table}" ADD CONSTRAINT "CHK_${table}_kind" CHECK ("kind" IN (${kinds.map((kind) => `'${kind}'`).join(', ')}))`;

// Not generated: TypeORM does not see a CHECK whose expression changed. ROLE_GRANTED tells a person who
// already has an account that an inviter gave them a role.
export class AddRoleGrantedNotificationKind1796510000000 implements MigrationInterface {
  name = 'AddRoleGrantedNotificationKind1796510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notification', 'notification_preference']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "CHK_${table}_kind"`);
      await queryRunner.query(check(table, [...KINDS, 'ROLE_GRANTED']));
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification_preference" WHERE "kind" = 'ROLE_GRANTED'`);
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind" = 'ROLE_GRANTED'`);
    for (const table of ['notification', 'notification_preference']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "CHK_${table}_kind"`);
      await queryRunner.query(check(table, KINDS));
    }
  }
}
