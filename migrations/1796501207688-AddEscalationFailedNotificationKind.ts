import type { MigrationInterface, QueryRunner } from 'typeorm';
import { removeNotificationKind, setNotificationKinds } from './support/notification-kinds';

// The kinds the domain schema allowed before this migration.
const KINDS_BEFORE = [
  'ESCALATED',
  'EARLY_WARNING',
  'OVERDUE',
  'TO_SCHEDULE',
  'AGENDA_PUBLISHED',
  'ACTION_ITEM_REMINDER',
  'STATUS_REQUEST',
  'BRIEFING_READY',
];
// The kinds after this migration; the next kind's migration builds on them.
export const KINDS_WITH_ESCALATION_FAILED: readonly string[] = [...KINDS_BEFORE, 'ESCALATION_FAILED'];

// Not generated (see setNotificationKinds). ESCALATION_FAILED tells administrators that an escalation
// job failed for good.
export class AddEscalationFailedNotificationKind1796501207688 implements MigrationInterface {
  name = 'AddEscalationFailedNotificationKind1796501207688';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await setNotificationKinds(queryRunner, KINDS_WITH_ESCALATION_FAILED);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await removeNotificationKind(queryRunner, 'ESCALATION_FAILED', KINDS_BEFORE);
  }
}
