import { MigrationInterface, QueryRunner } from "typeorm";

// National dossiers (DOMAIN §5): the dossier, the history of the vastlopers it carried (a vastloper in at
// most one open dossier, by a partial unique index) and its notes.
export class AddDossiers1796524495850 implements MigrationInterface {
    name = 'AddDossiers1796524495850'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "dossier" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" character varying(200) NOT NULL,
                "cause" text NOT NULL DEFAULT '',
                "legal_reference" text,
                "owning_ministry" text NOT NULL,
                "ministry_owner_id" uuid,
                "remedy" text,
                "status" text NOT NULL,
                "outcome" text,
                "outcome_text" text,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "merged_into_id" uuid,
                "split_from_id" uuid,
                "created_by_id" uuid NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "CHK_dossier_merged" CHECK (
                    ("outcome" = 'MERGED_INTO') = ("merged_into_id" IS NOT NULL)
                ),
                CONSTRAINT "CHK_dossier_closed" CHECK (
                    ("status" = 'CLOSED') = (
                        "closed_at" IS NOT NULL
                        AND "outcome" IS NOT NULL
                    )
                ),
                CONSTRAINT "CHK_dossier_remedy" CHECK (
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
                CONSTRAINT "CHK_dossier_ministry" CHECK (
                    "owning_ministry" IN ('BZK', 'OCW', 'JenV', 'SZW', 'VWS')
                ),
                CONSTRAINT "CHK_dossier_outcome" CHECK (
                    "outcome" IS NULL
                    OR "outcome" IN (
                        'RESOLVED',
                        'PARTLY_RESOLVED',
                        'NOT_RESOLVED',
                        'WITHDRAWN',
                        'MERGED_INTO'
                    )
                ),
                CONSTRAINT "CHK_dossier_status" CHECK ("status" IN ('PROPOSED', 'OPEN', 'CLOSED')),
                CONSTRAINT "CHK_dossier_title" CHECK (
                    char_length(btrim("title")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "PK_62a60ad7157c2922b57c3319364" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_dossier_created" ON "dossier" ("created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "dossier_membership" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "dossier_id" uuid NOT NULL,
                "vastloper_id" uuid NOT NULL,
                "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "joined_via" text NOT NULL,
                "join_reason" text,
                "joined_by_id" uuid NOT NULL,
                "from_dossier_id" uuid,
                "left_at" TIMESTAMP WITH TIME ZONE,
                "left_via" text,
                "leave_reason" text,
                "left_by_id" uuid,
                "to_dossier_id" uuid,
                CONSTRAINT "CHK_dossier_membership_order" CHECK (
                    "left_at" IS NULL
                    OR "left_at" >= "joined_at"
                ),
                CONSTRAINT "CHK_dossier_membership_left" CHECK (("left_at" IS NULL) = ("left_via" IS NULL)),
                CONSTRAINT "CHK_dossier_membership_left_via" CHECK (
                    "left_via" IS NULL
                    OR "left_via" IN ('REMOVED', 'MERGE', 'SPLIT', 'CLOSED')
                ),
                CONSTRAINT "CHK_dossier_membership_joined_via" CHECK ("joined_via" IN ('ADDED', 'MERGE', 'SPLIT')),
                CONSTRAINT "PK_8519ca79e197c331fb2209ea6e5" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_dossier_membership_vastloper" ON "dossier_membership" ("vastloper_id", "joined_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_dossier_membership_dossier" ON "dossier_membership" ("dossier_id", "joined_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_dossier_membership_current" ON "dossier_membership" ("vastloper_id")
            WHERE "left_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "dossier_note" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "dossier_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "text" text NOT NULL,
                "author_id" uuid NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "CHK_dossier_note_text" CHECK (char_length(btrim("text")) > 0),
                CONSTRAINT "CHK_dossier_note_kind" CHECK ("kind" IN ('PROGRESS', 'DECISION', 'OUTCOME')),
                CONSTRAINT "PK_6cea4030df97ade6c262cacbc71" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_dossier_note_dossier" ON "dossier_note" ("dossier_id", "at")
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier"
            ADD CONSTRAINT "FK_e446767e560e53f6c14a40a898b" FOREIGN KEY ("ministry_owner_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier"
            ADD CONSTRAINT "FK_0d6cead4fa1e4c2d141a1555908" FOREIGN KEY ("merged_into_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier"
            ADD CONSTRAINT "FK_7c2c38a54ed31dfad842cdb4f17" FOREIGN KEY ("split_from_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier"
            ADD CONSTRAINT "FK_63c630f5380c11f83a95272c75a" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_membership"
            ADD CONSTRAINT "FK_35f3c5c39b8599442ba06eeb661" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_membership"
            ADD CONSTRAINT "FK_105ac9eae32ac8427dcac60ad11" FOREIGN KEY ("vastloper_id") REFERENCES "vastloper"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_membership"
            ADD CONSTRAINT "FK_b2f86e18a11baa4531e44022d17" FOREIGN KEY ("joined_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_membership"
            ADD CONSTRAINT "FK_1ff886c90b317039defdc582062" FOREIGN KEY ("from_dossier_id") REFERENCES "dossier"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_membership"
            ADD CONSTRAINT "FK_59c25872e1212f071846c590cc0" FOREIGN KEY ("left_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_membership"
            ADD CONSTRAINT "FK_09d8278e36ef2418534bc3e63da" FOREIGN KEY ("to_dossier_id") REFERENCES "dossier"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_note"
            ADD CONSTRAINT "FK_4b18bdb795e57f22d93e16ff98b" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_note"
            ADD CONSTRAINT "FK_5bf93e8191f1236688c9aaf9af8" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "dossier_note" DROP CONSTRAINT "FK_5bf93e8191f1236688c9aaf9af8"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_note" DROP CONSTRAINT "FK_4b18bdb795e57f22d93e16ff98b"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_membership" DROP CONSTRAINT "FK_09d8278e36ef2418534bc3e63da"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_membership" DROP CONSTRAINT "FK_59c25872e1212f071846c590cc0"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_membership" DROP CONSTRAINT "FK_1ff886c90b317039defdc582062"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_membership" DROP CONSTRAINT "FK_b2f86e18a11baa4531e44022d17"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_membership" DROP CONSTRAINT "FK_105ac9eae32ac8427dcac60ad11"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_membership" DROP CONSTRAINT "FK_35f3c5c39b8599442ba06eeb661"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier" DROP CONSTRAINT "FK_63c630f5380c11f83a95272c75a"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier" DROP CONSTRAINT "FK_7c2c38a54ed31dfad842cdb4f17"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier" DROP CONSTRAINT "FK_0d6cead4fa1e4c2d141a1555908"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier" DROP CONSTRAINT "FK_e446767e560e53f6c14a40a898b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_dossier_note_dossier"
        `);
        await queryRunner.query(`
            DROP TABLE "dossier_note"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_dossier_membership_current"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_dossier_membership_dossier"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_dossier_membership_vastloper"
        `);
        await queryRunner.query(`
            DROP TABLE "dossier_membership"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_dossier_created"
        `);
        await queryRunner.query(`
            DROP TABLE "dossier"
        `);
    }

}
