import type { MigrationInterface, QueryRunner } from 'typeorm';
import { KINDS_WITH_ESCALATION_FAILED } from './1796501207688-AddEscalationFailedNotificationKind';
import { removeNotificationKind, setNotificationKinds } from './support/notification-kinds';

// The kinds before this migration, as the previous kind's migration left them.
const KINDS_BEFORE = KINDS_WITH_ESCALATION_FAILED;
// The kinds after this migration; the next kind's migration builds on them.
export const KINDS_WITH_ROLE_GRANTED: readonly string[] = [...KINDS_BEFORE, 'ROLE_GRANTED'];

// Not generated (see setNotificationKinds). ROLE_GRANTED tells a person who already has an account
// that an inviter gave them a role.
export class AddRoleGrantedNotificationKind1796510000000 implements MigrationInterface {
  name = 'AddRoleGrantedNotificationKind1796510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await setNotificationKinds(queryRunner, KINDS_WITH_ROLE_GRANTED);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await removeNotificationKind(queryRunner, 'ROLE_GRANTED', KINDS_BEFORE);
  }
}
