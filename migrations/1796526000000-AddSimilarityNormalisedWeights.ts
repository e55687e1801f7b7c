import type { MigrationInterface, QueryRunner } from 'typeorm';

// Candidates for similar vastlopers from a bounded part of each term's postings (issue 13, refresh at
// national scale): every posting carries its weight divided by its document's length (the idf-weighted
// norm when the document was indexed), and the postings index is ordered by it per term, so the refresh
// reads the best few hundred postings of a term that hundreds of thousands of items carry, not all of them.
export class AddSimilarityNormalisedWeights1796526000000 implements MigrationInterface {
  name = 'AddSimilarityNormalisedWeights1796526000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "similarity_term" ADD "normalised_weight" real NOT NULL DEFAULT 0`);
    await queryRunner.query(`
      UPDATE "similarity_term" t SET "normalised_weight" = t."weight" / d."norm"
      FROM (
        SELECT p."vastloper_id", sqrt(sum(power(ln(1 + n.n / greatest(coalesce(s."df", 0), 1)) * p."weight", 2))) AS "norm"
        FROM "similarity_term" p
        CROSS JOIN (SELECT greatest(coalesce((SELECT "df" FROM "similarity_term_stat" WHERE "term" = ''), 0), 1)::float8 AS n) n
        LEFT JOIN "similarity_term_stat" s ON s."term" = p."term"
        GROUP BY p."vastloper_id"
      ) d
      WHERE d."vastloper_id" = t."vastloper_id" AND d."norm" > 0`);
    await queryRunner.query(`ALTER TABLE "similarity_term" ALTER COLUMN "normalised_weight" DROP DEFAULT`);
    await queryRunner.query(`DROP INDEX "IDX_similarity_term_postings"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_similarity_term_postings" ON "similarity_term" ("term", "normalised_weight" DESC) INCLUDE ("vastloper_id", "alliance_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_similarity_term_postings"`);
    await queryRunner.query(`CREATE INDEX "IDX_similarity_term_postings" ON "similarity_term" ("term") INCLUDE ("vastloper_id", "alliance_id", "weight")`);
    await queryRunner.query(`ALTER TABLE "similarity_term" DROP COLUMN "normalised_weight"`);
  }
}
