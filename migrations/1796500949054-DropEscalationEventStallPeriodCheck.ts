import type { MigrationInterface, QueryRunner } from 'typeorm';

// AddEscalationLadderState once created CHK_escalation_event_stall_period; a later edit of that merged
// migration removed it, so databases migrated before the edit have it and fresh ones do not. Drop it
// wherever it is, so both end up alike. (The unique index on (item, from_rung, stall_period) of
// STALLED events is what guards the ladder; the check was redundant with the worker's writes.)
export class DropEscalationEventStallPeriodCheck1796500949054 implements MigrationInterface {
  name = 'DropEscalationEventStallPeriodCheck1796500949054';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "escalation_event" DROP CONSTRAINT IF EXISTS "CHK_escalation_event_stall_period"
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "escalation_event"
            ADD CONSTRAINT "CHK_escalation_event_stall_period" CHECK (
                    "cause" <> 'STALLED'
                    OR "stall_period" IS NOT NULL
                )
        `);
  }
}
