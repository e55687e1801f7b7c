import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateDomainSchema1795801082244 implements MigrationInterface {
    name = 'CreateDomainSchema1795801082244'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "focus_area" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" text NOT NULL,
                "name" text NOT NULL,
                "municipality" text NOT NULL,
                "inhabitants" integer NOT NULL,
                "wijken" integer NOT NULL,
                "website" text,
                "display_order" integer NOT NULL,
                "ambitions" text array NOT NULL DEFAULT '{}',
                "characteristics" jsonb NOT NULL,
                "indicators" text array NOT NULL DEFAULT '{}',
                "working_practices" text array NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_e834f2afdc6bf091111ea37b7e1" UNIQUE ("slug"),
                CONSTRAINT "CHK_focus_area_wijken" CHECK ("wijken" >= 0),
                CONSTRAINT "CHK_focus_area_inhabitants" CHECK ("inhabitants" >= 0),
                CONSTRAINT "PK_483e49c3f933de099ce8ea4621e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "person" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "email" text NOT NULL,
                "organisation" text,
                "job_title" text,
                "password_hash" text,
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_d2d717efd90709ebd3cb26b936c" UNIQUE ("email"),
                CONSTRAINT "CHK_person_email_lower" CHECK ("email" = lower("email")),
                CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "alliance" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "focus_area_id" uuid NOT NULL,
                "slug" text NOT NULL,
                "name" text NOT NULL,
                "programme_description" text,
                "chair_id" uuid,
                "programme_bureau" text,
                "meeting_cadence" text,
                "meeting_cadence_weeks" integer,
                "horizon_start_year" integer NOT NULL,
                "horizon_end_year" integer,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_d9bf910d9fa50985ded4ee6638a" UNIQUE ("slug"),
                CONSTRAINT "REL_b1eec208ae30dcd183b2c239eb" UNIQUE ("focus_area_id"),
                CONSTRAINT "CHK_alliance_cadence" CHECK (
                    "meeting_cadence_weeks" IS NULL
                    OR "meeting_cadence_weeks" BETWEEN 1 AND 52
                ),
                CONSTRAINT "CHK_alliance_horizon" CHECK (
                    "horizon_end_year" IS NULL
                    OR "horizon_end_year" >= "horizon_start_year"
                ),
                CONSTRAINT "PK_4ca41472d33b43df4e3ac16c7a3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "meeting_series" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "alliance_id" uuid,
                "type" text NOT NULL,
                "title" text NOT NULL,
                "first_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "interval_weeks" integer NOT NULL,
                "duration_minutes" integer NOT NULL,
                "location" text,
                "until" date,
                "exceptions" date array NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_meeting_series_scope" CHECK (
                    ("type" = 'DOORBRAAKOVERLEG') = ("alliance_id" IS NULL)
                ),
                CONSTRAINT "CHK_meeting_series_interval" CHECK (
                    "interval_weeks" BETWEEN 1 AND 52
                ),
                CONSTRAINT "CHK_meeting_series_type" CHECK (
                    "type" IN (
                        'PROGRAMMATEAM',
                        'ALLIANTIE',
                        'BESTUURLIJK',
                        'DOORBRAAKOVERLEG'
                    )
                ),
                CONSTRAINT "PK_4eca052972681e25409955b1774" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "meeting" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "type" text NOT NULL,
                "alliance_id" uuid,
                "series_id" uuid,
                "title" text NOT NULL,
                "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "duration_minutes" integer NOT NULL DEFAULT '120',
                "location" text,
                "status" text NOT NULL DEFAULT 'DRAFT',
                "agenda_published_at" TIMESTAMP WITH TIME ZONE,
                "minutes" text,
                "minutes_approved_at" TIMESTAMP WITH TIME ZONE,
                "minutes_approved_by_id" uuid,
                "cancellation_reason" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_meeting_duration" CHECK ("duration_minutes" > 0),
                CONSTRAINT "CHK_meeting_scope" CHECK (
                    ("type" = 'DOORBRAAKOVERLEG') = ("alliance_id" IS NULL)
                ),
                CONSTRAINT "CHK_meeting_status" CHECK (
                    "status" IN (
                        'DRAFT',
                        'AGENDA_PUBLISHED',
                        'HELD',
                        'MINUTES_APPROVED',
                        'CANCELLED'
                    )
                ),
                CONSTRAINT "CHK_meeting_type" CHECK (
                    "type" IN (
                        'PROGRAMMATEAM',
                        'ALLIANTIE',
                        'BESTUURLIJK',
                        'DOORBRAAKOVERLEG'
                    )
                ),
                CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4eca052972681e25409955b177" ON "meeting" ("series_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_meeting_next" ON "meeting" ("type", "alliance_id", "scheduled_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "partner" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "alliance_id" uuid NOT NULL,
                "name" text NOT NULL,
                "type" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_partner_type" CHECK (
                    "type" IN (
                        'GEMEENTE',
                        'WONINGCORPORATIE',
                        'ONDERWIJS',
                        'ZORG',
                        'WELZIJN',
                        'POLITIE',
                        'JUSTITIE',
                        'JEUGDZORG',
                        'BEDRIJFSLEVEN',
                        'BEWONERS',
                        'RIJK',
                        'CULTUUR',
                        'SPORT',
                        'OVERIG'
                    )
                ),
                CONSTRAINT "PK_8f34ff11ddd5459eacbfacd48ca" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_partner_alliance_name" ON "partner" ("alliance_id", "name")
        `);
        await queryRunner.query(`
            CREATE TABLE "action_item" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "alliance_id" uuid NOT NULL,
                "meeting_id" uuid,
                "description" text NOT NULL,
                "owner_id" uuid,
                "due_date" date NOT NULL,
                "status" text NOT NULL DEFAULT 'OPEN',
                "kind" text NOT NULL DEFAULT 'ACTION',
                "committed_by" text,
                "committed_by_partner_id" uuid,
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_action_item_done" CHECK (
                    ("status" = 'DONE') = ("completed_at" IS NOT NULL)
                ),
                CONSTRAINT "CHK_action_item_partner" CHECK (
                    "committed_by_partner_id" IS NULL
                    OR "committed_by" = 'PARTNER'
                ),
                CONSTRAINT "CHK_action_item_commitment" CHECK (
                    ("kind" = 'COMMITMENT') = ("committed_by" IS NOT NULL)
                ),
                CONSTRAINT "CHK_action_item_committed_by" CHECK (
                    "committed_by" IS NULL
                    OR "committed_by" IN ('PARTNER', 'GEMEENTE', 'RIJK')
                ),
                CONSTRAINT "CHK_action_item_status" CHECK ("status" IN ('OPEN', 'DONE', 'CANCELLED')),
                CONSTRAINT "CHK_action_item_kind" CHECK ("kind" IN ('ACTION', 'COMMITMENT')),
                CONSTRAINT "PK_1214f6f4d832c402751617361c0" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f77a02b2bac8df1a368c81281b" ON "action_item" ("meeting_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f9df10a302204c2cdb743e048e" ON "action_item" ("owner_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_action_item_open_due" ON "action_item" ("alliance_id", "due_date")
            WHERE "status" = 'OPEN'
        `);
        await queryRunner.query(`
            CREATE TABLE "vastloper" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "alliance_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "category" text NOT NULL,
                "actielijn" text NOT NULL,
                "owner_id" uuid NOT NULL,
                "reporter_id" uuid NOT NULL,
                "owning_ministry" text,
                "legal_reference" text,
                "remedy" text,
                "status" text NOT NULL DEFAULT 'OPEN',
                "rung" text NOT NULL DEFAULT 'PROGRAMMABUREAU',
                "rung_entered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "last_progress_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "next_escalation_at" TIMESTAMP WITH TIME ZONE,
                "early_warning_at" TIMESTAMP WITH TIME ZONE,
                "parked_until" TIMESTAMP WITH TIME ZONE,
                "park_reason" text,
                "confidential" boolean NOT NULL DEFAULT false,
                "resolution" text,
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                "resolved_at_rung" text,
                "resolved_by_doorbraak_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_vastloper_resolved" CHECK (
                    ("status" = 'OPGELOST') = (
                        "resolved_at" IS NOT NULL
                        AND "resolved_at_rung" IS NOT NULL
                    )
                ),
                CONSTRAINT "CHK_vastloper_parked" CHECK (
                    ("status" = 'GEPARKEERD') = ("parked_until" IS NOT NULL)
                ),
                CONSTRAINT "CHK_vastloper_remedy" CHECK (
                    "remedy" IS NULL
                    OR "remedy" IN (
                        'MAATWERK',
                        'EXPERIMENTEERBEPALING',
                        'INTERPRETATIE',
                        'WETSWIJZIGING',
                        'FINANCIERING',
                        'ANDERS'
                    )
                ),
                CONSTRAINT "CHK_vastloper_ministry" CHECK (
                    "owning_ministry" IS NULL
                    OR "owning_ministry" IN ('BZK', 'OCW', 'JenV', 'SZW', 'VWS')
                ),
                CONSTRAINT "CHK_vastloper_resolved_at_rung" CHECK (
                    "resolved_at_rung" IS NULL
                    OR "resolved_at_rung" IN (
                        'PROGRAMMABUREAU',
                        'ALLIANTIE',
                        'RIJKSVERTEGENWOORDIGER',
                        'INTERDEPARTEMENTAAL',
                        'DOORBRAAKOVERLEG'
                    )
                ),
                CONSTRAINT "CHK_vastloper_rung" CHECK (
                    "rung" IN (
                        'PROGRAMMABUREAU',
                        'ALLIANTIE',
                        'RIJKSVERTEGENWOORDIGER',
                        'INTERDEPARTEMENTAAL',
                        'DOORBRAAKOVERLEG'
                    )
                ),
                CONSTRAINT "CHK_vastloper_status" CHECK (
                    "status" IN (
                        'OPEN',
                        'IN_BEHANDELING',
                        'GEPARKEERD',
                        'OPGELOST',
                        'INGETROKKEN'
                    )
                ),
                CONSTRAINT "CHK_vastloper_actielijn" CHECK (
                    "actielijn" IN (
                        'SAMENHANGENDE_AANPAK',
                        'WONINGEN_EN_WIJKEN',
                        'MEEDOEN',
                        'VEILIGHEID'
                    )
                ),
                CONSTRAINT "CHK_vastloper_category" CHECK (
                    "category" IN (
                        'WET_EN_REGELGEVING',
                        'FINANCIERING',
                        'GEGEVENSDELING',
                        'SAMENWERKING',
                        'CAPACITEIT',
                        'HUISVESTING',
                        'UITVOERING',
                        'VEILIGHEID',
                        'OVERIG'
                    )
                ),
                CONSTRAINT "CHK_vastloper_title" CHECK (
                    char_length(btrim("title")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "PK_2f344036c689316abd45ef60dfe" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_225d480be3c17849ed48852b0c" ON "vastloper" ("owner_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_vastloper_alliance_status" ON "vastloper" ("alliance_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_vastloper_due" ON "vastloper" ("next_escalation_at")
            WHERE "status" IN ('OPEN', 'IN_BEHANDELING')
                AND "next_escalation_at" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "doorbraak" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "alliance_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "kind" text NOT NULL,
                "status" text NOT NULL,
                "actielijn" text,
                "owner_id" uuid NOT NULL,
                "impact" text,
                "rung" text,
                "rung_entered_at" TIMESTAMP WITH TIME ZONE,
                "last_progress_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "next_escalation_at" TIMESTAMP WITH TIME ZONE,
                "early_warning_at" TIMESTAMP WITH TIME ZONE,
                "achieved_at" TIMESTAMP WITH TIME ZONE,
                "achieved_at_rung" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_doorbraak_rung_entered" CHECK (
                    "rung" IS NULL
                    OR "rung_entered_at" IS NOT NULL
                ),
                CONSTRAINT "CHK_doorbraak_rung_while_lopend" CHECK (("status" = 'LOPEND') = ("rung" IS NOT NULL)),
                CONSTRAINT "CHK_doorbraak_achieved_at_rung" CHECK (
                    "achieved_at_rung" IS NULL
                    OR "achieved_at_rung" IN (
                        'PROGRAMMABUREAU',
                        'ALLIANTIE',
                        'RIJKSVERTEGENWOORDIGER',
                        'INTERDEPARTEMENTAAL',
                        'DOORBRAAKOVERLEG'
                    )
                ),
                CONSTRAINT "CHK_doorbraak_rung" CHECK (
                    "rung" IS NULL
                    OR "rung" IN (
                        'PROGRAMMABUREAU',
                        'ALLIANTIE',
                        'RIJKSVERTEGENWOORDIGER',
                        'INTERDEPARTEMENTAAL',
                        'DOORBRAAKOVERLEG'
                    )
                ),
                CONSTRAINT "CHK_doorbraak_actielijn" CHECK (
                    "actielijn" IS NULL
                    OR "actielijn" IN (
                        'SAMENHANGENDE_AANPAK',
                        'WONINGEN_EN_WIJKEN',
                        'MEEDOEN',
                        'VEILIGHEID'
                    )
                ),
                CONSTRAINT "CHK_doorbraak_status" CHECK (
                    "status" IN ('IDEE', 'LOPEND', 'BEREIKT', 'GESTOPT')
                ),
                CONSTRAINT "CHK_doorbraak_kind" CHECK ("kind" IN ('INITIATIEF', 'DOORBRAAK')),
                CONSTRAINT "CHK_doorbraak_title" CHECK (
                    char_length(btrim("title")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "PK_be6f2a22059550e30e2f4053e31" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f562e67d08125006b224a97f03" ON "doorbraak" ("owner_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_doorbraak_alliance_status" ON "doorbraak" ("alliance_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_doorbraak_due" ON "doorbraak" ("next_escalation_at")
            WHERE "status" = 'LOPEND'
                AND "next_escalation_at" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "agenda_item" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "title" text NOT NULL,
                "kind" text NOT NULL,
                "minutes_allotted" integer NOT NULL DEFAULT '10',
                "presenter_id" uuid,
                "vastloper_id" uuid,
                "doorbraak_id" uuid,
                "source" text NOT NULL DEFAULT 'MANUAL',
                "minute" text,
                "carried_over_from_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_agenda_item_position" UNIQUE ("meeting_id", "position") DEFERRABLE INITIALLY IMMEDIATE,
                CONSTRAINT "CHK_agenda_item_minutes" CHECK ("minutes_allotted" >= 0),
                CONSTRAINT "CHK_agenda_item_position" CHECK ("position" >= 1),
                CONSTRAINT "CHK_agenda_item_item" CHECK (
                    num_nonnulls("vastloper_id", "doorbraak_id") <= 1
                ),
                CONSTRAINT "CHK_agenda_item_source" CHECK ("source" IN ('MANUAL', 'ESCALATION')),
                CONSTRAINT "CHK_agenda_item_kind" CHECK (
                    "kind" IN (
                        'INFORMATION',
                        'DISCUSSION',
                        'DECISION',
                        'ESCALATION'
                    )
                ),
                CONSTRAINT "PK_413623e61232799619c2e0a1d42" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_agenda_item_doorbraak" ON "agenda_item" ("doorbraak_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_agenda_item_vastloper" ON "agenda_item" ("vastloper_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "audit_entry" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "actor_id" uuid,
                "operation" text NOT NULL,
                "entity_type" text NOT NULL,
                "entity_id" text,
                "before" jsonb,
                "after" jsonb,
                "request_id" text,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_97535621724623160ea0427566" ON "audit_entry" ("actor_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_audit_entry_at" ON "audit_entry" ("at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_audit_entry_entity" ON "audit_entry" ("entity_type", "entity_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "decision" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_id" uuid NOT NULL,
                "agenda_item_id" uuid,
                "text" text NOT NULL,
                "vastloper_id" uuid,
                "doorbraak_id" uuid,
                "review_date" date,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_decision_text" CHECK (char_length(btrim("text")) > 0),
                CONSTRAINT "CHK_decision_item" CHECK (
                    num_nonnulls("vastloper_id", "doorbraak_id") <= 1
                ),
                CONSTRAINT "PK_fa4cbd6abf1215054f13c27df5a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2f94d2220056fd79cfd6e0e898" ON "decision" ("meeting_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "escalation_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "vastloper_id" uuid,
                "doorbraak_id" uuid,
                "from_rung" text,
                "to_rung" text NOT NULL,
                "cause" text NOT NULL,
                "actor_id" uuid,
                "reason" text,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "agenda_item_id" uuid,
                CONSTRAINT "CHK_escalation_event_from_rung" CHECK (
                    "from_rung" IS NULL
                    OR "from_rung" IN (
                        'PROGRAMMABUREAU',
                        'ALLIANTIE',
                        'RIJKSVERTEGENWOORDIGER',
                        'INTERDEPARTEMENTAAL',
                        'DOORBRAAKOVERLEG'
                    )
                ),
                CONSTRAINT "CHK_escalation_event_to_rung" CHECK (
                    "to_rung" IN (
                        'PROGRAMMABUREAU',
                        'ALLIANTIE',
                        'RIJKSVERTEGENWOORDIGER',
                        'INTERDEPARTEMENTAAL',
                        'DOORBRAAKOVERLEG'
                    )
                ),
                CONSTRAINT "CHK_escalation_event_cause" CHECK (
                    "cause" IN ('STALLED', 'MANUAL', 'DE_ESCALATED', 'RESOLVED')
                ),
                CONSTRAINT "CHK_escalation_event_item" CHECK (num_nonnulls("vastloper_id", "doorbraak_id") = 1),
                CONSTRAINT "PK_be9122e8942552b3ab1d0149a7a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_escalation_event_doorbraak" ON "escalation_event" ("doorbraak_id", "at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_escalation_event_vastloper" ON "escalation_event" ("vastloper_id", "at")
        `);
        await queryRunner.query(`
            CREATE TABLE "escalation_rung_setting" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "alliance_id" uuid,
                "rung" text NOT NULL,
                "stall_unit" text NOT NULL,
                "stall_working_days" integer,
                "stall_duration" text,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_escalation_rung_setting_stall_time" CHECK (
                    (
                        "stall_unit" = 'WORKING_DAYS'
                        AND "stall_working_days" > 0
                        AND "stall_duration" IS NULL
                    )
                    OR (
                        "stall_unit" = 'DURATION'
                        AND "stall_duration" IS NOT NULL
                        AND "stall_working_days" IS NULL
                    )
                ),
                CONSTRAINT "CHK_escalation_rung_setting_unit" CHECK ("stall_unit" IN ('WORKING_DAYS', 'DURATION')),
                CONSTRAINT "CHK_escalation_rung_setting_rung" CHECK (
                    "rung" IN (
                        'PROGRAMMABUREAU',
                        'ALLIANTIE',
                        'RIJKSVERTEGENWOORDIGER',
                        'INTERDEPARTEMENTAAL',
                        'DOORBRAAKOVERLEG'
                    )
                ),
                CONSTRAINT "PK_991d40badc36e1ca9f33514f017" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_escalation_rung_setting_alliance" ON "escalation_rung_setting" ("alliance_id", "rung")
            WHERE "alliance_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_escalation_rung_setting_default" ON "escalation_rung_setting" ("rung")
            WHERE "alliance_id" IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "meeting_attendee" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_id" uuid NOT NULL,
                "person_id" uuid,
                "partner_id" uuid,
                "present" boolean,
                CONSTRAINT "CHK_meeting_attendee_who" CHECK (
                    "person_id" IS NOT NULL
                    OR "partner_id" IS NOT NULL
                ),
                CONSTRAINT "PK_503e099c618ff1a7ac117352ca7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_81a770b1e55b97d6d59d6369b6" ON "meeting_attendee" ("person_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_meeting_attendee_both" ON "meeting_attendee" ("meeting_id", "person_id", "partner_id")
            WHERE "person_id" IS NOT NULL
                AND "partner_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_meeting_attendee_partner" ON "meeting_attendee" ("meeting_id", "partner_id")
            WHERE "person_id" IS NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_meeting_attendee_person" ON "meeting_attendee" ("meeting_id", "person_id")
            WHERE "partner_id" IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "membership" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "person_id" uuid NOT NULL,
                "alliance_id" uuid,
                "role" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_membership_scope" CHECK (
                    (
                        "role" IN ('NATIONAL_COORDINATOR', 'ADMIN')
                        AND "alliance_id" IS NULL
                    )
                    OR (
                        "role" IN (
                            'PROGRAMME_DIRECTOR',
                            'BUREAU_MEMBER',
                            'MAYOR',
                            'PARTNER_MEMBER',
                            'RIJKSVERTEGENWOORDIGER'
                        )
                        AND "alliance_id" IS NOT NULL
                    )
                ),
                CONSTRAINT "CHK_membership_role" CHECK (
                    "role" IN (
                        'PROGRAMME_DIRECTOR',
                        'BUREAU_MEMBER',
                        'MAYOR',
                        'PARTNER_MEMBER',
                        'RIJKSVERTEGENWOORDIGER',
                        'NATIONAL_COORDINATOR',
                        'ADMIN'
                    )
                ),
                CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_63a1fc3ab34f48cf049bc25f0b" ON "membership" ("alliance_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_membership_national_role" ON "membership" ("person_id", "role")
            WHERE "alliance_id" IS NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_membership_alliance_role" ON "membership" ("person_id", "alliance_id", "role")
            WHERE "alliance_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "recipient_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "dedupe_key" text NOT NULL,
                "vastloper_id" uuid,
                "doorbraak_id" uuid,
                "meeting_id" uuid,
                "message" text NOT NULL,
                "read_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_notification_item" CHECK (
                    num_nonnulls("vastloper_id", "doorbraak_id") <= 1
                ),
                CONSTRAINT "CHK_notification_kind" CHECK (
                    "kind" IN (
                        'ESCALATED',
                        'EARLY_WARNING',
                        'TO_SCHEDULE',
                        'AGENDA_PUBLISHED',
                        'ACTION_ITEM_REMINDER',
                        'STATUS_REQUEST',
                        'BRIEFING_READY'
                    )
                ),
                CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_notification_unread" ON "notification" ("recipient_id", "created_at")
            WHERE "read_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_notification_dedupe" ON "notification" ("recipient_id", "dedupe_key")
        `);
        await queryRunner.query(`
            CREATE TABLE "progress_update" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "vastloper_id" uuid,
                "doorbraak_id" uuid,
                "author_id" uuid NOT NULL,
                "text" text NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_progress_update_text" CHECK (char_length(btrim("text")) > 0),
                CONSTRAINT "CHK_progress_update_item" CHECK (num_nonnulls("vastloper_id", "doorbraak_id") = 1),
                CONSTRAINT "PK_5ac3567b3caf930f1bad30796f8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_progress_update_doorbraak" ON "progress_update" ("doorbraak_id", "at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_progress_update_vastloper" ON "progress_update" ("vastloper_id", "at")
        `);
        await queryRunner.query(`
            CREATE TABLE "rijksvertegenwoordiger" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "person_id" uuid NOT NULL,
                "ministry" text NOT NULL,
                "position" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "REL_da603e82b66ad06d7605e36ae2" UNIQUE ("person_id"),
                CONSTRAINT "CHK_rijksvertegenwoordiger_ministry" CHECK (
                    "ministry" IN ('BZK', 'OCW', 'JenV', 'SZW', 'VWS')
                ),
                CONSTRAINT "PK_32b09d0c5ba79af579ad4c485c5" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "rijksvertegenwoordiger_assignment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "rijksvertegenwoordiger_id" uuid NOT NULL,
                "alliance_id" uuid NOT NULL,
                "since" date NOT NULL,
                "until" date,
                CONSTRAINT "CHK_rijksvertegenwoordiger_assignment_period" CHECK (
                    "until" IS NULL
                    OR "until" >= "since"
                ),
                CONSTRAINT "PK_a6b66b83a2f6104751504c14916" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_dd6beeae301d758cf453fc9604" ON "rijksvertegenwoordiger_assignment" ("alliance_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_rijksvertegenwoordiger_assignment" ON "rijksvertegenwoordiger_assignment" ("rijksvertegenwoordiger_id", "alliance_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "partner_representative" (
                "partner_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                CONSTRAINT "PK_949077a033a2c58fb2226072d52" PRIMARY KEY ("partner_id", "person_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ee6968b282000d335df26c5218" ON "partner_representative" ("partner_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8bdd4b7229857ac0c054c44135" ON "partner_representative" ("person_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "doorbraak_alliance" (
                "doorbraak_id" uuid NOT NULL,
                "alliance_id" uuid NOT NULL,
                CONSTRAINT "PK_536aca7d38cae6bb5864312c9d1" PRIMARY KEY ("doorbraak_id", "alliance_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4f06730ecc9c4983fd828e8d6c" ON "doorbraak_alliance" ("doorbraak_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_abf176f50a807bd4bf2cb1e950" ON "doorbraak_alliance" ("alliance_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "doorbraak_vastloper" (
                "doorbraak_id" uuid NOT NULL,
                "vastloper_id" uuid NOT NULL,
                CONSTRAINT "PK_2db1165c5f515b7ced5b62989d4" PRIMARY KEY ("doorbraak_id", "vastloper_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5ece0bc7cf0baeee2323c62398" ON "doorbraak_vastloper" ("doorbraak_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_440b538e4a414726c9bc7fa2eb" ON "doorbraak_vastloper" ("vastloper_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "alliance"
            ADD CONSTRAINT "FK_b1eec208ae30dcd183b2c239eb0" FOREIGN KEY ("focus_area_id") REFERENCES "focus_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "alliance"
            ADD CONSTRAINT "FK_5b19724f4a56097e885b9a9eabc" FOREIGN KEY ("chair_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_series"
            ADD CONSTRAINT "FK_aa08e1e64657a6fe4bd805080fa" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting"
            ADD CONSTRAINT "FK_705c0680e0e2d544272bbcfe445" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting"
            ADD CONSTRAINT "FK_4eca052972681e25409955b1774" FOREIGN KEY ("series_id") REFERENCES "meeting_series"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting"
            ADD CONSTRAINT "FK_8b7c283a8977a567680b365c91f" FOREIGN KEY ("minutes_approved_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "partner"
            ADD CONSTRAINT "FK_8f619a816b9994d3506bdbc237c" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item"
            ADD CONSTRAINT "FK_200e98f1489c9c9b7c0564544b6" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item"
            ADD CONSTRAINT "FK_f77a02b2bac8df1a368c81281bf" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item"
            ADD CONSTRAINT "FK_f9df10a302204c2cdb743e048e3" FOREIGN KEY ("owner_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item"
            ADD CONSTRAINT "FK_560f313da363f6097ca20df0c38" FOREIGN KEY ("committed_by_partner_id") REFERENCES "partner"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "vastloper"
            ADD CONSTRAINT "FK_ca602f8f42380a0f8cd2ab058e9" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "vastloper"
            ADD CONSTRAINT "FK_225d480be3c17849ed48852b0c8" FOREIGN KEY ("owner_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "vastloper"
            ADD CONSTRAINT "FK_9da99996da01ae28700b48df99e" FOREIGN KEY ("reporter_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "vastloper"
            ADD CONSTRAINT "FK_ace7ee148fde1f124ec0b7ae8a6" FOREIGN KEY ("resolved_by_doorbraak_id") REFERENCES "doorbraak"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak"
            ADD CONSTRAINT "FK_5773787382ea6868a972d122afb" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak"
            ADD CONSTRAINT "FK_f562e67d08125006b224a97f03f" FOREIGN KEY ("owner_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_item"
            ADD CONSTRAINT "FK_4d88141b534e8aad85bb583eb3b" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_item"
            ADD CONSTRAINT "FK_bb28e294f5ed74ed0fd771f9f42" FOREIGN KEY ("presenter_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_item"
            ADD CONSTRAINT "FK_4600a38048b4e48782ba3c65003" FOREIGN KEY ("vastloper_id") REFERENCES "vastloper"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_item"
            ADD CONSTRAINT "FK_2e262f5a011db0b9fc22ccb4c65" FOREIGN KEY ("doorbraak_id") REFERENCES "doorbraak"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_item"
            ADD CONSTRAINT "FK_836196034a23b966166a90939bd" FOREIGN KEY ("carried_over_from_id") REFERENCES "agenda_item"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "decision"
            ADD CONSTRAINT "FK_2f94d2220056fd79cfd6e0e898c" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "decision"
            ADD CONSTRAINT "FK_aa9f50900900cd92171d1555b8b" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "decision"
            ADD CONSTRAINT "FK_62d6bebeff69a5c15d350bda22e" FOREIGN KEY ("vastloper_id") REFERENCES "vastloper"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "decision"
            ADD CONSTRAINT "FK_d44a7695259672c0b3fc7abf2d6" FOREIGN KEY ("doorbraak_id") REFERENCES "doorbraak"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_event"
            ADD CONSTRAINT "FK_5e856f84ab24ed84f3d3481dd19" FOREIGN KEY ("vastloper_id") REFERENCES "vastloper"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_event"
            ADD CONSTRAINT "FK_c9311e5bb820dc4164079ad85be" FOREIGN KEY ("doorbraak_id") REFERENCES "doorbraak"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_event"
            ADD CONSTRAINT "FK_dad3107dc7b0ab0551ec01a19fd" FOREIGN KEY ("actor_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_event"
            ADD CONSTRAINT "FK_745470cd061e041a0313f9ea234" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_rung_setting"
            ADD CONSTRAINT "FK_92c51102e604035eabad7c1f094" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_attendee"
            ADD CONSTRAINT "FK_6ae2c754d429a9c48266579041d" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_attendee"
            ADD CONSTRAINT "FK_81a770b1e55b97d6d59d6369b6a" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_attendee"
            ADD CONSTRAINT "FK_fb3de8073d02cd6a33f3e404231" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "membership"
            ADD CONSTRAINT "FK_6fc5e2153171bbeb54f4fda6595" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "membership"
            ADD CONSTRAINT "FK_63a1fc3ab34f48cf049bc25f0bf" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_9830357f52360a126737d498e66" FOREIGN KEY ("recipient_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_2fda2b7c32d54d8c44351243fe8" FOREIGN KEY ("vastloper_id") REFERENCES "vastloper"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_1a4d0f74bcfdcbb9bdc4a9bd129" FOREIGN KEY ("doorbraak_id") REFERENCES "doorbraak"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_4d98bbd6b7f1e427eba8e46ac69" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "progress_update"
            ADD CONSTRAINT "FK_d54c96ef51b3251207bb4cd708a" FOREIGN KEY ("vastloper_id") REFERENCES "vastloper"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "progress_update"
            ADD CONSTRAINT "FK_5691868ac06f07bb8c80910ab65" FOREIGN KEY ("doorbraak_id") REFERENCES "doorbraak"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "progress_update"
            ADD CONSTRAINT "FK_53c3e590baf82d46924c856e1ca" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "rijksvertegenwoordiger"
            ADD CONSTRAINT "FK_da603e82b66ad06d7605e36ae29" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "rijksvertegenwoordiger_assignment"
            ADD CONSTRAINT "FK_170ec650d1f5cef6e1e2771e84f" FOREIGN KEY ("rijksvertegenwoordiger_id") REFERENCES "rijksvertegenwoordiger"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "rijksvertegenwoordiger_assignment"
            ADD CONSTRAINT "FK_dd6beeae301d758cf453fc96041" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "partner_representative"
            ADD CONSTRAINT "FK_ee6968b282000d335df26c52184" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
        await queryRunner.query(`
            ALTER TABLE "partner_representative"
            ADD CONSTRAINT "FK_8bdd4b7229857ac0c054c441353" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak_alliance"
            ADD CONSTRAINT "FK_4f06730ecc9c4983fd828e8d6cf" FOREIGN KEY ("doorbraak_id") REFERENCES "doorbraak"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak_alliance"
            ADD CONSTRAINT "FK_abf176f50a807bd4bf2cb1e950c" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak_vastloper"
            ADD CONSTRAINT "FK_5ece0bc7cf0baeee2323c623985" FOREIGN KEY ("doorbraak_id") REFERENCES "doorbraak"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak_vastloper"
            ADD CONSTRAINT "FK_440b538e4a414726c9bc7fa2ebe" FOREIGN KEY ("vastloper_id") REFERENCES "vastloper"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "doorbraak_vastloper" DROP CONSTRAINT "FK_440b538e4a414726c9bc7fa2ebe"
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak_vastloper" DROP CONSTRAINT "FK_5ece0bc7cf0baeee2323c623985"
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak_alliance" DROP CONSTRAINT "FK_abf176f50a807bd4bf2cb1e950c"
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak_alliance" DROP CONSTRAINT "FK_4f06730ecc9c4983fd828e8d6cf"
        `);
        await queryRunner.query(`
            ALTER TABLE "partner_representative" DROP CONSTRAINT "FK_8bdd4b7229857ac0c054c441353"
        `);
        await queryRunner.query(`
            ALTER TABLE "partner_representative" DROP CONSTRAINT "FK_ee6968b282000d335df26c52184"
        `);
        await queryRunner.query(`
            ALTER TABLE "rijksvertegenwoordiger_assignment" DROP CONSTRAINT "FK_dd6beeae301d758cf453fc96041"
        `);
        await queryRunner.query(`
            ALTER TABLE "rijksvertegenwoordiger_assignment" DROP CONSTRAINT "FK_170ec650d1f5cef6e1e2771e84f"
        `);
        await queryRunner.query(`
            ALTER TABLE "rijksvertegenwoordiger" DROP CONSTRAINT "FK_da603e82b66ad06d7605e36ae29"
        `);
        await queryRunner.query(`
            ALTER TABLE "progress_update" DROP CONSTRAINT "FK_53c3e590baf82d46924c856e1ca"
        `);
        await queryRunner.query(`
            ALTER TABLE "progress_update" DROP CONSTRAINT "FK_5691868ac06f07bb8c80910ab65"
        `);
        await queryRunner.query(`
            ALTER TABLE "progress_update" DROP CONSTRAINT "FK_d54c96ef51b3251207bb4cd708a"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_4d98bbd6b7f1e427eba8e46ac69"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_1a4d0f74bcfdcbb9bdc4a9bd129"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_2fda2b7c32d54d8c44351243fe8"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_9830357f52360a126737d498e66"
        `);
        await queryRunner.query(`
            ALTER TABLE "membership" DROP CONSTRAINT "FK_63a1fc3ab34f48cf049bc25f0bf"
        `);
        await queryRunner.query(`
            ALTER TABLE "membership" DROP CONSTRAINT "FK_6fc5e2153171bbeb54f4fda6595"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_attendee" DROP CONSTRAINT "FK_fb3de8073d02cd6a33f3e404231"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_attendee" DROP CONSTRAINT "FK_81a770b1e55b97d6d59d6369b6a"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_attendee" DROP CONSTRAINT "FK_6ae2c754d429a9c48266579041d"
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_rung_setting" DROP CONSTRAINT "FK_92c51102e604035eabad7c1f094"
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_event" DROP CONSTRAINT "FK_745470cd061e041a0313f9ea234"
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_event" DROP CONSTRAINT "FK_dad3107dc7b0ab0551ec01a19fd"
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_event" DROP CONSTRAINT "FK_c9311e5bb820dc4164079ad85be"
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_event" DROP CONSTRAINT "FK_5e856f84ab24ed84f3d3481dd19"
        `);
        await queryRunner.query(`
            ALTER TABLE "decision" DROP CONSTRAINT "FK_d44a7695259672c0b3fc7abf2d6"
        `);
        await queryRunner.query(`
            ALTER TABLE "decision" DROP CONSTRAINT "FK_62d6bebeff69a5c15d350bda22e"
        `);
        await queryRunner.query(`
            ALTER TABLE "decision" DROP CONSTRAINT "FK_aa9f50900900cd92171d1555b8b"
        `);
        await queryRunner.query(`
            ALTER TABLE "decision" DROP CONSTRAINT "FK_2f94d2220056fd79cfd6e0e898c"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_836196034a23b966166a90939bd"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_2e262f5a011db0b9fc22ccb4c65"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_4600a38048b4e48782ba3c65003"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_bb28e294f5ed74ed0fd771f9f42"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_4d88141b534e8aad85bb583eb3b"
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak" DROP CONSTRAINT "FK_f562e67d08125006b224a97f03f"
        `);
        await queryRunner.query(`
            ALTER TABLE "doorbraak" DROP CONSTRAINT "FK_5773787382ea6868a972d122afb"
        `);
        await queryRunner.query(`
            ALTER TABLE "vastloper" DROP CONSTRAINT "FK_ace7ee148fde1f124ec0b7ae8a6"
        `);
        await queryRunner.query(`
            ALTER TABLE "vastloper" DROP CONSTRAINT "FK_9da99996da01ae28700b48df99e"
        `);
        await queryRunner.query(`
            ALTER TABLE "vastloper" DROP CONSTRAINT "FK_225d480be3c17849ed48852b0c8"
        `);
        await queryRunner.query(`
            ALTER TABLE "vastloper" DROP CONSTRAINT "FK_ca602f8f42380a0f8cd2ab058e9"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item" DROP CONSTRAINT "FK_560f313da363f6097ca20df0c38"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item" DROP CONSTRAINT "FK_f9df10a302204c2cdb743e048e3"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item" DROP CONSTRAINT "FK_f77a02b2bac8df1a368c81281bf"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_item" DROP CONSTRAINT "FK_200e98f1489c9c9b7c0564544b6"
        `);
        await queryRunner.query(`
            ALTER TABLE "partner" DROP CONSTRAINT "FK_8f619a816b9994d3506bdbc237c"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting" DROP CONSTRAINT "FK_8b7c283a8977a567680b365c91f"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting" DROP CONSTRAINT "FK_4eca052972681e25409955b1774"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting" DROP CONSTRAINT "FK_705c0680e0e2d544272bbcfe445"
        `);
        await queryRunner.query(`
            ALTER TABLE "meeting_series" DROP CONSTRAINT "FK_aa08e1e64657a6fe4bd805080fa"
        `);
        await queryRunner.query(`
            ALTER TABLE "alliance" DROP CONSTRAINT "FK_5b19724f4a56097e885b9a9eabc"
        `);
        await queryRunner.query(`
            ALTER TABLE "alliance" DROP CONSTRAINT "FK_b1eec208ae30dcd183b2c239eb0"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_440b538e4a414726c9bc7fa2eb"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5ece0bc7cf0baeee2323c62398"
        `);
        await queryRunner.query(`
            DROP TABLE "doorbraak_vastloper"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_abf176f50a807bd4bf2cb1e950"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4f06730ecc9c4983fd828e8d6c"
        `);
        await queryRunner.query(`
            DROP TABLE "doorbraak_alliance"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8bdd4b7229857ac0c054c44135"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ee6968b282000d335df26c5218"
        `);
        await queryRunner.query(`
            DROP TABLE "partner_representative"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_rijksvertegenwoordiger_assignment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_dd6beeae301d758cf453fc9604"
        `);
        await queryRunner.query(`
            DROP TABLE "rijksvertegenwoordiger_assignment"
        `);
        await queryRunner.query(`
            DROP TABLE "rijksvertegenwoordiger"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_progress_update_vastloper"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_progress_update_doorbraak"
        `);
        await queryRunner.query(`
            DROP TABLE "progress_update"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_notification_dedupe"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_notification_unread"
        `);
        await queryRunner.query(`
            DROP TABLE "notification"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_membership_alliance_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_membership_national_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_63a1fc3ab34f48cf049bc25f0b"
        `);
        await queryRunner.query(`
            DROP TABLE "membership"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_meeting_attendee_person"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_meeting_attendee_partner"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_meeting_attendee_both"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_81a770b1e55b97d6d59d6369b6"
        `);
        await queryRunner.query(`
            DROP TABLE "meeting_attendee"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_escalation_rung_setting_default"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_escalation_rung_setting_alliance"
        `);
        await queryRunner.query(`
            DROP TABLE "escalation_rung_setting"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_escalation_event_vastloper"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_escalation_event_doorbraak"
        `);
        await queryRunner.query(`
            DROP TABLE "escalation_event"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2f94d2220056fd79cfd6e0e898"
        `);
        await queryRunner.query(`
            DROP TABLE "decision"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_audit_entry_entity"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_audit_entry_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_97535621724623160ea0427566"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_entry"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_agenda_item_vastloper"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_agenda_item_doorbraak"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda_item"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_doorbraak_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_doorbraak_alliance_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f562e67d08125006b224a97f03"
        `);
        await queryRunner.query(`
            DROP TABLE "doorbraak"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_vastloper_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_vastloper_alliance_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_225d480be3c17849ed48852b0c"
        `);
        await queryRunner.query(`
            DROP TABLE "vastloper"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_action_item_open_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f9df10a302204c2cdb743e048e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f77a02b2bac8df1a368c81281b"
        `);
        await queryRunner.query(`
            DROP TABLE "action_item"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_partner_alliance_name"
        `);
        await queryRunner.query(`
            DROP TABLE "partner"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_meeting_next"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4eca052972681e25409955b177"
        `);
        await queryRunner.query(`
            DROP TABLE "meeting"
        `);
        await queryRunner.query(`
            DROP TABLE "meeting_series"
        `);
        await queryRunner.query(`
            DROP TABLE "alliance"
        `);
        await queryRunner.query(`
            DROP TABLE "person"
        `);
        await queryRunner.query(`
            DROP TABLE "focus_area"
        `);
    }

}
