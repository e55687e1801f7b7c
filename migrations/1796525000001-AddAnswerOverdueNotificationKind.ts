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
  'ROLE_GRANTED',
  'DOSSIER_UPDATE',
];

// Not generated (see setNotificationKinds). ANSWER_OVERDUE tells the holder of the next rung that a
// ministry did not acknowledge or answer an item in time.
export class AddAnswerOverdueNotificationKind1796525000001 implements MigrationInterface {
  name = 'AddAnswerOverdueNotificationKind1796525000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await setNotificationKinds(queryRunner, [...KINDS, 'ANSWER_OVERDUE']);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await removeNotificationKind(queryRunner, 'ANSWER_OVERDUE', KINDS);
  }
}
