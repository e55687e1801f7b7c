import type { MigrationInterface, QueryRunner } from 'typeorm';
import { removeNotificationKind, setNotificationKinds } from './support/notification-kinds';

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

// Not generated (see setNotificationKinds). ESCALATION_FAILED tells administrators that an escalation
// job failed for good.
export class AddEscalationFailedNotificationKind1796501207688 implements MigrationInterface {
  name = 'AddEscalationFailedNotificationKind1796501207688';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await setNotificationKinds(queryRunner, [...KINDS, 'ESCALATION_FAILED']);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await removeNotificationKind(queryRunner, 'ESCALATION_FAILED', KINDS);
  }
}
