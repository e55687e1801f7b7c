import { MigrationInterface, QueryRunner } from "typeorm";

export class AddEscalationLadderState1795802301132 implements MigrationInterface {
    name = 'AddEscalationLadderState1795802301132'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "agenda_backlog_item" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_type" text NOT NULL,
                "alliance_id" uuid,
                "vastloper_id" uuid,
                "doorbraak_id" uuid,
                "rung" text NOT NULL,
                "reason" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "placed_at" TIMESTAMP WITH TIME ZONE,
                "agenda_item_id" uuid,
                CONSTRAINT "CHK_agenda_backlog_item_placed" CHECK (
                    ("placed_at" IS NULL)
                    OR ("agenda_item_id" IS NOT NULL)
                ),
                CONSTRAINT "CHK_agenda_backlog_item_scope" CHECK (
                    ("meeting_type" = 'DOORBRAAKOVERLEG') = ("alliance_id" IS NULL)
                ),
                CONSTRAINT "CHK_agenda_backlog_item_rung" CHECK (
                    "rung" IN (
                        'PROGRAMMABUREAU',
                        'ALLIANTIE',
                        'RIJKSVERTEGENWOORDIGER',
                        'INTERDEPARTEMENTAAL',
                        'DOORBRAAKOVERLEG'
                    )
                ),
                CONSTRAINT "CHK_agenda_backlog_item_meeting_type" CHECK (
                    "meeting_type" IN (
                        'PROGRAMMATEAM',
                        'ALLIANTIE',
                        'BESTUURLIJK',
                        'DOORBRAAKOVERLEG'
                    )
                ),
                CONSTRAINT "CHK_agenda_backlog_item_item" CHECK (num_nonnulls("vastloper_id", "doorbraak_id") = 1),
                CONSTRAINT "PK_b863eea29bd808cc58ee12beba8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_agenda_backlog_item_waiting" ON "agenda_backlog_item" ("meeting_type", "alliance_id", "created_at")
            WHERE "placed_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_agenda_backlog_item_doorbraak" ON "agenda_backlog_item" ("meeting_type", "doorbraak_id")
            WHERE "placed_at" IS NULL
                AND "doorbraak_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_agenda_backlog_item_vastloper" ON "agenda_backlog_item" ("meeting_type", "vastloper_id")
            WHERE "placed_at" IS NULL
                AND "vastloper_id" IS NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "vastloper"
            ADD "stall_period" integer NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "vastloper"
            ADD "acknowledged_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "vastloper"
            ADD "early_warning_sent_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "vastloper"
            ADD "overdue_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak"
            ADD "stall_period" integer NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak"
            ADD "acknowledged_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak"
            ADD "early_warning_sent_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak"
            ADD "overdue_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_event"
            ADD "stall_period" integer
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_event"
            ADD "skipped_rungs" text array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_vastloper_created" ON "vastloper" ("created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_vastloper_park_ends" ON "vastloper" ("parked_until")
            WHERE "status" = 'GEPARKEERD'
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_vastloper_early_warning" ON "vastloper" ("early_warning_at")
            WHERE "status" IN ('OPEN', 'IN_BEHANDELING')
                AND "early_warning_at" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_doorbraak_created" ON "doorbraak" ("created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_doorbraak_early_warning" ON "doorbraak" ("early_warning_at")
            WHERE "status" = 'LOPEND'
                AND "early_warning_at" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_escalation_event_doorbraak_stall" ON "escalation_event" ("doorbraak_id", "from_rung", "stall_period")
            WHERE "cause" = 'STALLED'
                AND "doorbraak_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_escalation_event_vastloper_stall" ON "escalation_event" ("vastloper_id", "from_rung", "stall_period")
            WHERE "cause" = 'STALLED'
                AND "vastloper_id" IS NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_event"
            ADD CONSTRAINT "CHK_escalation_event_stall_period" CHECK (
                    "cause" <> 'STALLED'
                    OR "stall_period" IS NOT NULL
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_backlog_item"
            ADD CONSTRAINT "FK_fec9f49a7eecb33cb5f8a44ebe6" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_backlog_item"
            ADD CONSTRAINT "FK_a03e206c771d1fe14b2f5ff4cba" FOREIGN KEY ("vastloper_id") REFERENCES "vastloper"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_backlog_item"
            ADD CONSTRAINT "FK_6459404d97c5e089ec0217dd447" FOREIGN KEY ("doorbraak_id") REFERENCES "doorbraak"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_backlog_item"
            ADD CONSTRAINT "FK_50d49831c1719e14f4b484556f0" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        // Not generated: TypeORM does not see a CHECK whose expression changed, nor expression indexes.
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "CHK_notification_kind"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "CHK_notification_kind" CHECK (
                    "kind" IN (
                        'ESCALATED',
                        'EARLY_WARNING',
                        'OVERDUE',
                        'TO_SCHEDULE',
                        'AGENDA_PUBLISHED',
                        'ACTION_ITEM_REMINDER',
                        'STATUS_REQUEST',
                        'BRIEFING_READY'
                    )
                )
        `);
        // Dutch full-text search: the same expressions as VASTLOPER_SEARCH_DOCUMENT and DOORBRAAK_SEARCH_DOCUMENT.
        await queryRunner.query(`
            CREATE INDEX "IDX_vastloper_search" ON "vastloper" USING GIN (
                to_tsvector('dutch'::regconfig, "title" || ' ' || "description" || ' ' || coalesce("legal_reference", ''))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_doorbraak_search" ON "doorbraak" USING GIN (
                to_tsvector('dutch'::regconfig, "title" || ' ' || "description" || ' ' || coalesce("impact", ''))
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_doorbraak_search"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_vastloper_search"
        `);
        await queryRunner.query(`
            DELETE FROM "notification" WHERE "kind" = 'OVERDUE'
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "CHK_notification_kind"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "CHK_notification_kind" CHECK (
                    "kind" IN (
                        'ESCALATED',
                        'EARLY_WARNING',
                        'TO_SCHEDULE',
                        'AGENDA_PUBLISHED',
                        'ACTION_ITEM_REMINDER',
                        'STATUS_REQUEST',
                        'BRIEFING_READY'
                    )
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_backlog_item" DROP CONSTRAINT "FK_50d49831c1719e14f4b484556f0"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_backlog_item" DROP CONSTRAINT "FK_6459404d97c5e089ec0217dd447"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_backlog_item" DROP CONSTRAINT "FK_a03e206c771d1fe14b2f5ff4cba"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_backlog_item" DROP CONSTRAINT "FK_fec9f49a7eecb33cb5f8a44ebe6"
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_event" DROP CONSTRAINT "CHK_escalation_event_stall_period"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_escalation_event_vastloper_stall"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_escalation_event_doorbraak_stall"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_doorbraak_early_warning"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_doorbraak_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_vastloper_early_warning"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_vastloper_park_ends"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_vastloper_created"
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_event" DROP COLUMN "skipped_rungs"
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_event" DROP COLUMN "stall_period"
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak" DROP COLUMN "overdue_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak" DROP COLUMN "early_warning_sent_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak" DROP COLUMN "acknowledged_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak" DROP COLUMN "stall_period"
        `);
        await queryRunner.query(`
            ALTER TABLE "vastloper" DROP COLUMN "overdue_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "vastloper" DROP COLUMN "early_warning_sent_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "vastloper" DROP COLUMN "acknowledged_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "vastloper" DROP COLUMN "stall_period"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_agenda_backlog_item_vastloper"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_agenda_backlog_item_doorbraak"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_agenda_backlog_item_waiting"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda_backlog_item"
        `);
    }

}
