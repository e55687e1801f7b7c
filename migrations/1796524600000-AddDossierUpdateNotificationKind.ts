import type { MigrationInterface, QueryRunner } from 'typeorm';
import { KINDS_WITH_ROLE_GRANTED } from './1796510000000-AddRoleGrantedNotificationKind';
import { removeNotificationKind, setNotificationKinds } from './support/notification-kinds';

// The kinds before this migration, as the previous kind's migration left them.
const KINDS_BEFORE = KINDS_WITH_ROLE_GRANTED;
// The kinds after this migration; the next kind's migration builds on them.
export const KINDS_WITH_DOSSIER_UPDATE: readonly string[] = [...KINDS_BEFORE, 'DOSSIER_UPDATE'];

// Not generated (see setNotificationKinds). DOSSIER_UPDATE tells the programme directors and
// rijksvertegenwoordigers of the alliances a national dossier carries items of about its progress,
// decisions and outcome.
export class AddDossierUpdateNotificationKind1796524600000 implements MigrationInterface {
  name = 'AddDossierUpdateNotificationKind1796524600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await setNotificationKinds(queryRunner, KINDS_WITH_DOSSIER_UPDATE);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await removeNotificationKind(queryRunner, 'DOSSIER_UPDATE', KINDS_BEFORE);
  }
}
