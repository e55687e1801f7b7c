import { MigrationInterface, QueryRunner } from "typeorm";

// The meeting cycle: agenda amendments, decision outcomes and reviews, action item progress notes,
// notification e-mail delivery and preferences, and private calendar feeds.
export class AddMeetingCycle1795802681174 implements MigrationInterface {
    name = 'AddMeetingCycle1795802681174'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "agenda_amendment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_id" uuid NOT NULL,
                "agenda_item_id" uuid,
                "change" text NOT NULL,
                "description" text NOT NULL,
                "urgent" boolean NOT NULL DEFAULT false,
                "actor_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_agenda_amendment_change" CHECK (
                    "change" IN ('ADDED', 'REMOVED', 'MOVED', 'UPDATED')
                ),
                CONSTRAINT "PK_57a838dd197b951ecb2de4c53ba" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_agenda_amendment_meeting" ON "agenda_amendment" ("meeting_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "calendar_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "person_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_1bc29ea5afdb9b46099523c9ea3" UNIQUE ("token_hash"),
                CONSTRAINT "PK_47edbe75aaf6fb4cdfdb03bdb40" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_calendar_token_active" ON "calendar_token" ("person_id")
            WHERE "revoked_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_preference" (
                "person_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "delivery" text NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_notification_preference_delivery" CHECK (
                    "delivery" IN ('IMMEDIATELY', 'DAILY_DIGEST', 'OFF')
                ),
                CONSTRAINT "CHK_notification_preference_kind" CHECK (
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
                ),
                CONSTRAINT "PK_2d87ba3e5dcc68cd1d150c7ff0a" PRIMARY KEY ("person_id", "kind")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting"
            ADD "status_requested_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting"
            ADD "briefing_prepared_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item"
            ADD "agenda_item_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item"
            ADD "progress_note" text
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item"
            ADD "progress_note_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "decision"
            ADD "review_agenda_item_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "decision"
            ADD "outcome" text
        `);
        await queryRunner.query(`
            ALTER TABLE "decision"
            ADD "recorded_by_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD "action_item_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD "link" text
        `);
        // Notifications written before e-mail existed are not mailed now; new ones wait for the dispatcher.
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD "email_state" text NOT NULL DEFAULT 'SKIPPED'
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ALTER COLUMN "email_state" SET DEFAULT 'PENDING'
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD "emailed_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_agenda_item_carried_over_from" ON "agenda_item" ("carried_over_from_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_agenda_item_escalated_doorbraak" ON "agenda_item" ("meeting_id", "doorbraak_id")
            WHERE "source" = 'ESCALATION'
                AND "doorbraak_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_agenda_item_escalated_vastloper" ON "agenda_item" ("meeting_id", "vastloper_id")
            WHERE "source" = 'ESCALATION'
                AND "vastloper_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_action_item_owner_open_due" ON "action_item" ("owner_id", "due_date")
            WHERE "status" = 'OPEN'
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_decision_doorbraak" ON "decision" ("doorbraak_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_decision_vastloper" ON "decision" ("vastloper_id")
        `);
        // Written by hand: an expression index the entity cannot describe (DECISION_SEARCH_DOCUMENT).
        await queryRunner.query(`
            CREATE INDEX "IDX_decision_search" ON "decision" USING GIN (to_tsvector('dutch'::regconfig, "text"))
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_decision_review" ON "decision" ("review_date")
            WHERE "review_date" IS NOT NULL
                AND "review_agenda_item_id" IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_notification_in_digest" ON "notification" ("recipient_id", "created_at")
            WHERE "email_state" = 'IN_DIGEST'
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_notification_email_pending" ON "notification" ("created_at")
            WHERE "email_state" = 'PENDING'
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item"
            ADD CONSTRAINT "CHK_action_item_progress" CHECK (
                    ("progress_note" IS NULL) = ("progress_note_at" IS NULL)
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "decision"
            ADD CONSTRAINT "CHK_decision_outcome_item" CHECK (
                    "outcome" IS NULL
                    OR "vastloper_id" IS NOT NULL
                    OR "doorbraak_id" IS NOT NULL
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "decision"
            ADD CONSTRAINT "CHK_decision_outcome" CHECK (
                    "outcome" IS NULL
                    OR "outcome" IN ('RESOLVE', 'DE_ESCALATE', 'KEEP')
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "CHK_notification_email_state" CHECK (
                    "email_state" IN (
                        'PENDING',
                        'SENT',
                        'IN_DIGEST',
                        'DIGEST_SENT',
                        'SKIPPED'
                    )
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item"
            ADD CONSTRAINT "FK_92c74b698f50501fde13a29b9aa" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_amendment"
            ADD CONSTRAINT "FK_9b474963111d10b38e0c4c09bcc" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_amendment"
            ADD CONSTRAINT "FK_f8c24ddeedb6fb4e6c323dc1c6a" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_amendment"
            ADD CONSTRAINT "FK_5310f8963cc7e864610ed62c1ed" FOREIGN KEY ("actor_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "calendar_token"
            ADD CONSTRAINT "FK_fa41ad57da02b1b07a44b1c6a5b" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_preference"
            ADD CONSTRAINT "FK_8496cccd0c7dcf6889873bee9e1" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "decision"
            ADD CONSTRAINT "FK_b6d72a9574bc2338b4f0b393460" FOREIGN KEY ("review_agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "decision"
            ADD CONSTRAINT "FK_4c8832e3c96b67fd3c72cc09668" FOREIGN KEY ("recorded_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_506b079583b2bc280919402c8e2" FOREIGN KEY ("action_item_id") REFERENCES "action_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_506b079583b2bc280919402c8e2"
        `);
        await queryRunner.query(`
            ALTER TABLE "decision" DROP CONSTRAINT "FK_4c8832e3c96b67fd3c72cc09668"
        `);
        await queryRunner.query(`
            ALTER TABLE "decision" DROP CONSTRAINT "FK_b6d72a9574bc2338b4f0b393460"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_8496cccd0c7dcf6889873bee9e1"
        `);
        await queryRunner.query(`
            ALTER TABLE "calendar_token" DROP CONSTRAINT "FK_fa41ad57da02b1b07a44b1c6a5b"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_amendment" DROP CONSTRAINT "FK_5310f8963cc7e864610ed62c1ed"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_amendment" DROP CONSTRAINT "FK_f8c24ddeedb6fb4e6c323dc1c6a"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_amendment" DROP CONSTRAINT "FK_9b474963111d10b38e0c4c09bcc"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item" DROP CONSTRAINT "FK_92c74b698f50501fde13a29b9aa"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "CHK_notification_email_state"
        `);
        await queryRunner.query(`
            ALTER TABLE "decision" DROP CONSTRAINT "CHK_decision_outcome"
        `);
        await queryRunner.query(`
            ALTER TABLE "decision" DROP CONSTRAINT "CHK_decision_outcome_item"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item" DROP CONSTRAINT "CHK_action_item_progress"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_notification_email_pending"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_notification_in_digest"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_decision_review"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_decision_search"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_decision_vastloper"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_decision_doorbraak"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_action_item_owner_open_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_agenda_item_escalated_vastloper"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_agenda_item_escalated_doorbraak"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_agenda_item_carried_over_from"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP COLUMN "emailed_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP COLUMN "email_state"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP COLUMN "link"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP COLUMN "action_item_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "decision" DROP COLUMN "recorded_by_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "decision" DROP COLUMN "outcome"
        `);
        await queryRunner.query(`
            ALTER TABLE "decision" DROP COLUMN "review_agenda_item_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item" DROP COLUMN "progress_note_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item" DROP COLUMN "progress_note"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item" DROP COLUMN "agenda_item_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting" DROP COLUMN "briefing_prepared_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting" DROP COLUMN "status_requested_at"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_preference"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_calendar_token_active"
        `);
        await queryRunner.query(`
            DROP TABLE "calendar_token"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_agenda_amendment_meeting"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda_amendment"
        `);
    }

}
