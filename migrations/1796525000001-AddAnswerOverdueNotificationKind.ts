import type { MigrationInterface, QueryRunner } from 'typeorm';
import { KINDS_WITH_DOSSIER_UPDATE } from './1796524600000-AddDossierUpdateNotificationKind';
import { removeNotificationKind, setNotificationKinds } from './support/notification-kinds';

// The kinds before this migration, as the previous kind's migration left them.
const KINDS_BEFORE = KINDS_WITH_DOSSIER_UPDATE;
// The kinds after this migration; the next kind's migration builds on them.
export const KINDS_WITH_ANSWER_OVERDUE: readonly string[] = [...KINDS_BEFORE, 'ANSWER_OVERDUE'];

// Not generated (see setNotificationKinds). ANSWER_OVERDUE tells the holder of the next rung that a
// ministry did not acknowledge or answer an item in time.
export class AddAnswerOverdueNotificationKind1796525000001 implements MigrationInterface {
  name = 'AddAnswerOverdueNotificationKind1796525000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await setNotificationKinds(queryRunner, KINDS_WITH_ANSWER_OVERDUE);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await removeNotificationKind(queryRunner, 'ANSWER_OVERDUE', KINDS_BEFORE);
  }
}
