import type { MigrationInterface, QueryRunner } from 'typeorm';

// The briefing reads the moves of one period; without this index that was a scan of every event.
export class IndexEscalationEventsByMoment1796557720499 implements MigrationInterface {
  name = 'IndexEscalationEventsByMoment1796557720499';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_escalation_event_at" ON "escalation_event" ("at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_escalation_event_at"`);
  }
}
