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
];

const check = (table: string, kinds: readonly string[]): string =>
  `ALTER TABLE "${table}" ADD CONSTRAINT "CHK_${table}_kind" CHECK ("kind" IN (${kinds.map((kind) => `'${kind}'`).join(', ')}))`;

// Not generated: TypeORM does not see a CHECK whose expression changed. ESCALATION_FAILED tells
// administrators that an escalation job failed for good.
export class AddEscalationFailedNotificationKind1796501207688 implements MigrationInterface {
  name = 'AddEscalationFailedNotificationKind1796501207688';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notification', 'notification_preference']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "CHK_${table}_kind"`);
      await queryRunner.query(check(table, [...KINDS, 'ESCALATION_FAILED']));
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification_preference" WHERE "kind" = 'ESCALATION_FAILED'`);
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind" = 'ESCALATION_FAILED'`);
    for (const table of ['notification', 'notification_preference']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "CHK_${table}_kind"`);
      await queryRunner.query(check(table, KINDS));
    }
  }
}
