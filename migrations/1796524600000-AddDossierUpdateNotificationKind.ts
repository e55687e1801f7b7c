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
];

// Not generated (see setNotificationKinds). DOSSIER_UPDATE tells the programme directors and
// rijksvertegenwoordigers of the alliances a national dossier carries items of about its progress,
// decisions and outcome.
export class AddDossierUpdateNotificationKind1796524600000 implements MigrationInterface {
  name = 'AddDossierUpdateNotificationKind1796524600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await setNotificationKinds(queryRunner, [...KINDS, 'DOSSIER_UPDATE']);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await removeNotificationKind(queryRunner, 'DOSSIER_UPDATE', KINDS);
  }
}
