import type { MigrationInterface, QueryRunner } from 'typeorm';

// Similar vastlopers across alliances (DOMAIN §5), precomputed by the similarity job:
// - similarity_document / similarity_term: each item's terms (Dutch stems, thesaurus concepts, structure)
//   as postings with weights, an inverted index in SQL; similarity_term_stat their document frequencies
//   ('' counts the documents); a trigram index on titles (pg_trgm, a trusted extension);
// - similar_vastloper: each item's best matches with score and reasons, read by one index range;
// - similarity_pending: the outbox the job works from. A trigger marks an item when it is created or
//   what is compared changes, in the writer's transaction, so no change is missed when Redis or the
//   worker is away; the job clears the mark when done.
export class AddSimilarVastlopers1796512314024 implements MigrationInterface {
  name = 'AddSimilarVastlopers1796512314024';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE TABLE "similarity_document" (
        "vastloper_id" uuid NOT NULL,
        "alliance_id" uuid NOT NULL,
        "fingerprint" text NOT NULL,
        "title" text NOT NULL,
        "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_similarity_document" PRIMARY KEY ("vastloper_id"),
        CONSTRAINT "FK_similarity_document_vastloper" FOREIGN KEY ("vastloper_id") REFERENCES "vastloper"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_similarity_document_title" ON "similarity_document" USING gin ("title" gin_trgm_ops)`);
    await queryRunner.query(`
      CREATE TABLE "similarity_term" (
        "vastloper_id" uuid NOT NULL,
        "term" text NOT NULL,
        "alliance_id" uuid NOT NULL,
        "weight" real NOT NULL,
        "surface" text NOT NULL,
        CONSTRAINT "PK_similarity_term" PRIMARY KEY ("vastloper_id", "term"),
        CONSTRAINT "FK_similarity_term_document" FOREIGN KEY ("vastloper_id") REFERENCES "similarity_document"("vastloper_id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_similarity_term_postings" ON "similarity_term" ("term") INCLUDE ("vastloper_id", "alliance_id", "weight")`);
    await queryRunner.query(`
      CREATE TABLE "similarity_term_stat" (
        "term" text NOT NULL,
        "df" integer NOT NULL,
        CONSTRAINT "PK_similarity_term_stat" PRIMARY KEY ("term")
      )`);
    await queryRunner.query(`
      CREATE TABLE "similar_vastloper" (
        "vastloper_id" uuid NOT NULL,
        "similar_id" uuid NOT NULL,
        "score" real NOT NULL,
        "reasons" jsonb NOT NULL,
        "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_similar_vastloper" PRIMARY KEY ("vastloper_id", "similar_id"),
        CONSTRAINT "CHK_similar_vastloper_score" CHECK ("score" >= 0 AND "score" <= 1),
        CONSTRAINT "CHK_similar_vastloper_other" CHECK ("vastloper_id" <> "similar_id"),
        CONSTRAINT "FK_similar_vastloper_vastloper" FOREIGN KEY ("vastloper_id") REFERENCES "vastloper"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_similar_vastloper_similar" FOREIGN KEY ("similar_id") REFERENCES "vastloper"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_similar_vastloper_ranked" ON "similar_vastloper" ("vastloper_id", "score" DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_similar_vastloper_reverse" ON "similar_vastloper" ("similar_id")`);
    await queryRunner.query(`
      CREATE TABLE "similarity_pending" (
        "vastloper_id" uuid NOT NULL,
        "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
        "enqueued_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_similarity_pending" PRIMARY KEY ("vastloper_id"),
        CONSTRAINT "FK_similarity_pending_vastloper" FOREIGN KEY ("vastloper_id") REFERENCES "vastloper"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE FUNCTION similarity_mark_pending() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO similarity_pending (vastloper_id, changed_at, enqueued_at) VALUES (NEW.id, clock_timestamp(), NULL)
        ON CONFLICT (vastloper_id) DO UPDATE SET changed_at = EXCLUDED.changed_at, enqueued_at = NULL;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER similarity_mark_created AFTER INSERT ON "vastloper"
      FOR EACH ROW EXECUTE FUNCTION similarity_mark_pending()`);
    await queryRunner.query(`
      CREATE TRIGGER similarity_mark_changed AFTER UPDATE OF "title", "description", "legal_reference", "owning_ministry", "category", "actielijn", "remedy" ON "vastloper"
      FOR EACH ROW WHEN (
        OLD."title" IS DISTINCT FROM NEW."title" OR OLD."description" IS DISTINCT FROM NEW."description"
        OR OLD."legal_reference" IS DISTINCT FROM NEW."legal_reference" OR OLD."owning_ministry" IS DISTINCT FROM NEW."owning_ministry"
        OR OLD."category" IS DISTINCT FROM NEW."category" OR OLD."actielijn" IS DISTINCT FROM NEW."actielijn"
        OR OLD."remedy" IS DISTINCT FROM NEW."remedy"
      ) EXECUTE FUNCTION similarity_mark_pending()`);
    // The items that exist already are indexed by the job as well.
    await queryRunner.query(`INSERT INTO "similarity_pending" ("vastloper_id") SELECT "id" FROM "vastloper"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER similarity_mark_changed ON "vastloper"`);
    await queryRunner.query(`DROP TRIGGER similarity_mark_created ON "vastloper"`);
    await queryRunner.query(`DROP FUNCTION similarity_mark_pending()`);
    await queryRunner.query(`DROP TABLE "similarity_pending"`);
    await queryRunner.query(`DROP TABLE "similar_vastloper"`);
    await queryRunner.query(`DROP TABLE "similarity_term_stat"`);
    await queryRunner.query(`DROP TABLE "similarity_term"`);
    await queryRunner.query(`DROP TABLE "similarity_document"`);
    // pg_trgm stays: other schemas or later migrations may use it, and dropping it needs no undo.
  }
}
