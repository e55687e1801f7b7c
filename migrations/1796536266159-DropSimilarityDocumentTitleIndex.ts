import type { MigrationInterface, QueryRunner } from 'typeorm';

// The rank statement compares titles with pg_trgm's similarity() on candidates it already found through
// the term postings, by primary key; it never searches titles, so the trigram index on them served no
// query and was only kept up on every write of a document. pg_trgm itself stays: similarity() needs it.
export class DropSimilarityDocumentTitleIndex1796536266159 implements MigrationInterface {
  name = 'DropSimilarityDocumentTitleIndex1796536266159';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_similarity_document_title"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_similarity_document_title" ON "similarity_document" USING gin ("title" gin_trgm_ops)`);
  }
}
