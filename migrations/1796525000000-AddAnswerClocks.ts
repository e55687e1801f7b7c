import { MigrationInterface, QueryRunner } from "typeorm";

export class AddAnswerClocks1796525000000 implements MigrationInterface {
    name = 'AddAnswerClocks1796525000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "answer_clock" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "vastloper_id" uuid NOT NULL,
                "reached_rung" text NOT NULL,
                "reached_ministry_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "acknowledge_by" TIMESTAMP WITH TIME ZONE NOT NULL,
                "answer_by" TIMESTAMP WITH TIME ZONE NOT NULL,
                "acknowledged_at" TIMESTAMP WITH TIME ZONE,
                "acknowledged_by_id" uuid,
                "acknowledge_note" text,
                "answered_at" TIMESTAMP WITH TIME ZONE,
                "answered_by_id" uuid,
                "answer" text,
                "acknowledge_flagged_at" TIMESTAMP WITH TIME ZONE,
                "answer_flagged_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "CHK_answer_clock_answer" CHECK (
                    ("answered_at" IS NULL) = ("answer" IS NULL)
                    AND (
                        "answered_at" IS NULL
                        OR "acknowledged_at" IS NOT NULL
                    )
                ),
                CONSTRAINT "CHK_answer_clock_deadlines" CHECK (
                    "answer_by" >= "acknowledge_by"
                    AND "acknowledge_by" >= "reached_ministry_at"
                ),
                CONSTRAINT "CHK_answer_clock_rung" CHECK (
                    "reached_rung" IN (
                        'PROGRAMMABUREAU',
                        'ALLIANTIE',
                        'RIJKSVERTEGENWOORDIGER',
                        'INTERDEPARTEMENTAAL',
                        'DOORBRAAKOVERLEG'
                    )
                ),
                CONSTRAINT "PK_be9db961eb2af41a41ecf5af194" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_answer_clock_answer_due" ON "answer_clock" ("answer_by")
            WHERE "closed_at" IS NULL
                AND "answered_at" IS NULL
                AND "answer_flagged_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_answer_clock_acknowledge_due" ON "answer_clock" ("acknowledge_by")
            WHERE "closed_at" IS NULL
                AND "acknowledged_at" IS NULL
                AND "acknowledge_flagged_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_answer_clock_vastloper" ON "answer_clock" ("vastloper_id", "reached_ministry_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_answer_clock_open_vastloper" ON "answer_clock" ("vastloper_id")
            WHERE "closed_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "answer_time_setting" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "alliance_id" uuid,
                "acknowledge_working_days" integer NOT NULL,
                "answer_working_days" integer NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_answer_time_setting_days" CHECK (
                    "acknowledge_working_days" > 0
                    AND "answer_working_days" >= "acknowledge_working_days"
                ),
                CONSTRAINT "PK_a6a85a240f9544e7f8430d95df7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_answer_time_setting_alliance" ON "answer_time_setting" ("alliance_id")
            WHERE "alliance_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_answer_time_setting_national" ON "answer_time_setting" ("alliance_id")
            WHERE "alliance_id" IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "answer_clock"
            ADD CONSTRAINT "FK_a4a458b94225d4311e24045dbe0" FOREIGN KEY ("vastloper_id") REFERENCES "vastloper"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "answer_clock"
            ADD CONSTRAINT "FK_0f523dc486e57ec28826eece233" FOREIGN KEY ("acknowledged_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "answer_clock"
            ADD CONSTRAINT "FK_8a4937699381a0a782b31be09c7" FOREIGN KEY ("answered_by_id") REFERENCES "person"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "answer_time_setting"
            ADD CONSTRAINT "FK_b699c61a70a1663e5e6041a8271" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "answer_time_setting" DROP CONSTRAINT "FK_b699c61a70a1663e5e6041a8271"
        `);
        await queryRunner.query(`
            ALTER TABLE "answer_clock" DROP CONSTRAINT "FK_8a4937699381a0a782b31be09c7"
        `);
        await queryRunner.query(`
            ALTER TABLE "answer_clock" DROP CONSTRAINT "FK_0f523dc486e57ec28826eece233"
        `);
        await queryRunner.query(`
            ALTER TABLE "answer_clock" DROP CONSTRAINT "FK_a4a458b94225d4311e24045dbe0"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_answer_time_setting_national"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_answer_time_setting_alliance"
        `);
        await queryRunner.query(`
            DROP TABLE "answer_time_setting"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_answer_clock_open_vastloper"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_answer_clock_vastloper"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_answer_clock_acknowledge_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_answer_clock_answer_due"
        `);
        await queryRunner.query(`
            DROP TABLE "answer_clock"
        `);
    }

}
