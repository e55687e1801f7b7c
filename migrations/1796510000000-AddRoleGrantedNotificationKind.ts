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
  'ESCALATION_FAILED',
];

// Not generated (see setNotificationKinds). ROLE_GRANTED tells a person who already has an account
// that an inviter gave them a role.
export class AddRoleGrantedNotificationKind1796510000000 implements MigrationInterface {
  name = 'AddRoleGrantedNotificationKind1796510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await setNotificationKinds(queryRunner, [...KINDS, 'ROLE_GRANTED']);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await removeNotificationKind(queryRunner, 'ROLE_GRANTED', KINDS);
  }
}
