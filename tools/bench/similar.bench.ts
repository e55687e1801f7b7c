// npm run bench:similar — similar vastlopers at national scale (issue 13):
//   * 200,000 distractor items in a database of their own (INSERT … SELECT over the demo data's vocabulary),
//     indexed in bulk, with a full table of stored matches;
//   * median and p95 time to read one item's similar items (the API's query) and to refresh after a change
//     (the job's work: document, postings, ranking, the item's list and its neighbours');
//   * hit@5 of the far paraphrases with those 200,000 items as distractors.
// Creates and drops its database; needs no Redis (the refresh is called as the job calls it).
// `npm run bench:similar -- --reuse` keeps the generated and bulk-indexed database as a template named after
// what it was built from (the generator, the features, the thesaurus, the migrations, the seed) and copies it
// on the next run with --reuse, so a change to the ranking is measured in a minute, not in ten.
// `-- --cases` also prints, for each far paraphrase, where its original ranks among the scored candidates and
// what ranks first, with the terms each shares with the paraphrase.
import 'reflect-metadata';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createGraphqlContext, loadAdminDatabaseUrl } from '@doorbraak/server-core';
import { dataSourceOptions } from '@doorbraak/server-data';
import { seedDemoData } from '@doorbraak/server-seed';
import { featureTokens, MATCHES_KEPT, SimilarityIndexService, SimilarReadService, type RankedMatch } from '@doorbraak/server-similarity';
import { PARAPHRASE_CASES } from '@doorbraak/server-testing';
import { admin, quantile, say, seconds, timed, withDatabase } from './bench-support';

const DISTRACTORS = 200_000;
const BATCH = 5_000;
const READS = 300;
const REFRESHES = 100;
const TARGETS = { readMs: 50, refreshMs: 200, farHit5: 0.7 };
const REUSE = process.argv.includes('--reuse');
const CASES = process.argv.includes('--cases');
const TEMPLATE_PREFIX = 'doorbraak_bench_similar_';
const root = join(__dirname, '..', '..');

// Distractors: titles and descriptions of random words from the demo data's own texts (knelpunten and
// doorbraken), so they share the programme's vocabulary and concepts with the real items, each as long as
// a real knelpunt: its numbers of words (of three letters or more) in title and description are those of a
// demo vastloper drawn at random. (Drawn from 5–9 and 20–39 words, they carried 1.8 times the stems of a
// real item, and as many more of the thesaurus's concepts, which made every distractor a partial match for
// every query.) A vocabulary of the demo's 2,300 words is narrower than a national one, so words and
// concepts still collide more often than they would in practice.
const insertDistractors = async (db: DataSource): Promise<void> => {
  await db.query(`
    CREATE TABLE bench_length AS
    SELECT row_number() OVER (ORDER BY id) AS n,
           (SELECT count(*) FROM regexp_split_to_table(title, '[^[:alpha:]]+') w WHERE char_length(w) >= 3) AS title_words,
           (SELECT count(*) FROM regexp_split_to_table(description, '[^[:alpha:]]+') w WHERE char_length(w) >= 3) AS description_words
    FROM vastloper`);
  await db.query(`
    CREATE TABLE bench_word AS
    SELECT row_number() OVER () AS n, word FROM (
      SELECT regexp_split_to_table(lower(title || ' ' || description), '[^[:alpha:]]+') AS word FROM vastloper
      UNION ALL
      SELECT regexp_split_to_table(lower(title || ' ' || description), '[^[:alpha:]]+') FROM doorbraak
    ) words WHERE char_length(word) >= 3`);
  await db.query(`
    CREATE TABLE bench_owner AS
    SELECT row_number() OVER () AS n, a.id AS alliance_id,
           (SELECT m.person_id FROM membership m WHERE m.alliance_id = a.id ORDER BY m.person_id LIMIT 1) AS person_id
    FROM alliance a`);
  await db.query(`CREATE TABLE bench_distractor (id uuid PRIMARY KEY)`);
  // Row by row would take an hour; one statement per 50,000 takes seconds.
  for (let from = 0; from < DISTRACTORS; from += 50_000) {
    await db.query(
      `WITH counts AS (SELECT (SELECT count(*) FROM bench_word) AS words, (SELECT count(*) FROM bench_owner) AS owners,
                             (SELECT count(*) FROM bench_length) AS lengths),
       inserted AS (
       INSERT INTO vastloper (alliance_id, title, description, category, actielijn, owner_id, reporter_id, owning_ministry, remedy,
                              rung_entered_at, last_progress_at, status, rung, created_at, updated_at)
       SELECT o.alliance_id,
              initcap(left((SELECT string_agg(w.word, ' ') FROM generate_series(1, greatest(l.title_words, 1)::int) k
                            JOIN bench_word w ON w.n = 1 + ((hashint8(g * 100 + k)::bigint & 2147483647) % counts.words)), 200)),
              (SELECT string_agg(w.word, ' ') FROM generate_series(1, greatest(l.description_words, 1)::int) k
                 JOIN bench_word w ON w.n = 1 + ((hashint8(g * 1000 + 500 + k)::bigint & 2147483647) % counts.words)),
              (ARRAY['WET_EN_REGELGEVING','FINANCIERING','GEGEVENSDELING','SAMENWERKING','CAPACITEIT','HUISVESTING','UITVOERING','VEILIGHEID','OVERIG'])[1 + g % 9],
              (ARRAY['SAMENHANGENDE_AANPAK','WONINGEN_EN_WIJKEN','MEEDOEN','VEILIGHEID'])[1 + g % 4],
              o.person_id, o.person_id,
              (ARRAY['BZK','OCW','JenV','SZW','VWS', NULL, NULL])[1 + g % 7],
              (ARRAY['MAATWERK','EXPERIMENTEERBEPALING','INTERPRETATIE','WETSWIJZIGING','FINANCIERING', NULL, NULL, NULL])[1 + g % 8],
              now(), now(), 'OPEN', 'PROGRAMMABUREAU', now() - make_interval(secs => g), now()
       FROM generate_series($1::int, $2::int) g
       CROSS JOIN counts
       JOIN bench_owner o ON o.n = 1 + (g % counts.owners)
       JOIN bench_length l ON l.n = 1 + ((hashint8(g * 10 + 7)::bigint & 2147483647) % counts.lengths)
       RETURNING id)
       INSERT INTO bench_distractor SELECT id FROM inserted`,
      [from + 1, from + 50_000],
    );
  }
};

type SourceRow = {
  id: string;
  allianceId: string;
  title: string;
  description: string;
  legalReference: string | null;
  owningMinistry: string | null;
  category: string;
  actielijn: string;
  remedy: string | null;
};

// The index of the distractors in bulk: documents, the Dutch stems by INSERT … SELECT, the thesaurus and
// structure tokens computed here and written 5,000 items per statement, into a table of their own; then the
// document frequencies, and the postings with their weight for the document's length, as the refresh writes
// them (the postings index built after them).
const indexInBulk = async (db: DataSource): Promise<void> => {
  await db.query(
    `INSERT INTO similarity_document (vastloper_id, alliance_id, fingerprint, title)
     SELECT id, alliance_id, 'bench', lower(title) FROM vastloper WHERE id IN (SELECT id FROM bench_distractor)`,
  );
  await db.query(`CREATE UNLOGGED TABLE bench_term (vastloper_id uuid, alliance_id uuid, term text, weight real, surface text)`);
  await db.query(
    `INSERT INTO bench_term (vastloper_id, alliance_id, term, weight, surface)
     SELECT v.id, v.alliance_id, t.lexeme, max(CASE WHEN 'A' = ANY(t.weights::text[]) THEN 1 ELSE 0.6 END), t.lexeme
     FROM vastloper v
     CROSS JOIN LATERAL unnest(setweight(to_tsvector('dutch', v.title), 'A') || to_tsvector('dutch', v.description)) t
     WHERE v.id IN (SELECT id FROM bench_distractor) AND char_length(t.lexeme) >= 3
     GROUP BY v.id, v.alliance_id, t.lexeme`,
  );
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows: SourceRow[] = await db.query(
      `SELECT v.id, v.alliance_id AS "allianceId", v.title, v.description, v.legal_reference AS "legalReference",
              v.owning_ministry AS "owningMinistry", v.category, v.actielijn, v.remedy
       FROM bench_distractor b JOIN vastloper v ON v.id = b.id WHERE b.id > $1 ORDER BY b.id LIMIT ${BATCH}`,
      [after],
    );
    if (rows.length === 0) break;
    after = rows[rows.length - 1].id;
    const ids: string[] = [];
    const alliances: string[] = [];
    const terms: string[] = [];
    const weights: number[] = [];
    for (const row of rows) {
      for (const token of featureTokens(row as Parameters<typeof featureTokens>[0])) {
        ids.push(row.id);
        alliances.push(row.allianceId);
        terms.push(token.term);
        weights.push(token.weight);
      }
    }
    await db.query(
      `INSERT INTO bench_term (vastloper_id, alliance_id, term, weight, surface)
       SELECT id, alliance, term, weight, term FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::real[]) AS t(id, alliance, term, weight)`,
      [ids, alliances, terms, weights],
    );
  }
  // The demo items are in the index already only when a refresh ran; here they are not, so these are all.
  await db.query(`INSERT INTO similarity_term_stat (term, df) SELECT term, count(*) FROM bench_term GROUP BY term`);
  await db.query(`INSERT INTO similarity_term_stat (term, df) SELECT '', count(*) FROM similarity_document`);
  await db.query(`DROP INDEX "IDX_similarity_term_postings"`);
  await db.query(
    `INSERT INTO similarity_term (vastloper_id, alliance_id, term, weight, surface, normalised_weight)
     SELECT t.vastloper_id, t.alliance_id, t.term, t.weight, t.surface, t.weight / norm.value
     FROM bench_term t
     JOIN (
       SELECT b.vastloper_id, greatest(sqrt(sum(power(ln(1 + docs.n / greatest(s.df, 1)) * b.weight, 2))), 1e-9) AS value
       FROM bench_term b
       CROSS JOIN (SELECT df::float8 AS n FROM similarity_term_stat WHERE term = '') docs
       JOIN similarity_term_stat s ON s.term = b.term
       GROUP BY b.vastloper_id
     ) norm ON norm.vastloper_id = t.vastloper_id
     ORDER BY t.vastloper_id, t.term`,
  );
  await db.query(
    `CREATE INDEX "IDX_similarity_term_postings" ON "similarity_term" ("term", "normalised_weight" DESC) INCLUDE ("vastloper_id", "alliance_id")`,
  );
  await db.query(`DROP TABLE bench_term`);
  // A full table of stored matches, as every item has after its refresh: MATCHES_KEPT per item.
  await db.query(
    `INSERT INTO similar_vastloper (vastloper_id, similar_id, score, reasons)
     SELECT d.vastloper_id, other.vastloper_id, round((0.05 + random() * 0.3)::numeric, 3),
            '[{"kind": "SHARED_TERMS", "label": "Gedeelde woorden: bench", "values": ["bench"]}]'::jsonb
     FROM similarity_document d
     CROSS JOIN LATERAL (
       SELECT o.vastloper_id FROM similarity_document o
       WHERE o.vastloper_id > d.vastloper_id AND o.alliance_id <> d.alliance_id
       ORDER BY o.vastloper_id LIMIT ${MATCHES_KEPT}
     ) other
     ON CONFLICT DO NOTHING`,
  );
};

const filesUnder = (path: string): string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((entry) => filesUnder(join(path, entry)))
    : [path];

// Names the built database after everything it is built from; the ranking and the refresh are not part of it.
const templateName = (): string => {
  const hash = createHash('sha256');
  hash.update(String(DISTRACTORS)).update(insertDistractors.toString()).update(indexInBulk.toString());
  for (const source of ['migrations', 'libs/server/seed/src/lib', 'libs/server/similarity/src/lib/thesaurus', 'libs/server/similarity/src/lib/similarity-features.ts']) {
    for (const file of filesUnder(join(root, source))) hash.update(file.slice(root.length)).update(readFileSync(file));
  }
  return `${TEMPLATE_PREFIX}${hash.digest('hex').slice(0, 12)}`;
};

const databaseExists = async (url: string, name: string): Promise<boolean> => {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return (await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1;
  } finally {
    await client.end();
  }
};

// Migrations, the demo data, 200,000 distractors indexed in bulk: everything before the first refresh.
const build = async (url: string): Promise<void> => {
  const db = await new DataSource({ ...dataSourceOptions(url), extra: { max: 4 } }).initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    await seedDemoData(db, { now: new Date() });
    const built = await timed(() => insertDistractors(db));
    say(`generated ${DISTRACTORS.toLocaleString('en')} distractor items in ${seconds(built.ms)} (INSERT … SELECT generate_series)`);
    // The distractors are indexed in bulk below; the demo items and the paraphrases through the job's own refresh.
    await db.query(`DELETE FROM similarity_pending WHERE vastloper_id IN (SELECT id FROM bench_distractor)`);
    const bulk = await timed(() => indexInBulk(db));
    await db.query('VACUUM ANALYZE');
    say(`indexed in bulk in ${seconds(bulk.ms)}`);
  } finally {
    await db.destroy();
  }
};

// Per far paraphrase: its original's place in the full ranking (the scored candidates, before access and the
// stored top 30), and the best-ranked item, each with its score and the terms it shares with the paraphrase.
const printCases = async (db: DataSource, index: SimilarityIndexService, farIds: readonly { id: string; original: string }[]): Promise<void> => {
  const titles = async (ids: string[]): Promise<Map<string, string>> =>
    new Map(((await db.query(`SELECT id, title FROM vastloper WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; title: string }[]).map((row) => [row.id, row.title]));
  const shared = (match: RankedMatch): string => match.shared.map((term) => term.this).join(', ');
  say('');
  say('far paraphrases, case by case: the original\'s rank among the scored candidates, and the first');
  for (const [number, { id, original }] of farIds.entries()) {
    const ranked = await index.rank(id, 'FULL');
    const place = ranked.findIndex((match) => match.id === original);
    const names = await titles([id, original, ...(ranked[0] ? [ranked[0].id] : [])]);
    say(`${String(number + 1).padStart(2)}. "${names.get(id)}"`);
    say(
      place < 0
        ? `    original "${names.get(original)}": not among the ${ranked.length} scored candidates`
        : `    original "${names.get(original)}": rank ${place + 1}, score ${ranked[place].score.toFixed(3)} (shares ${shared(ranked[place]) || 'nothing'})`,
    );
    if (ranked[0] && place !== 0) say(`    first    "${names.get(ranked[0].id)}": score ${ranked[0].score.toFixed(3)} (shares ${shared(ranked[0]) || 'nothing'})`);
  }
};

const main = async (): Promise<void> => {
  const adminUrl = loadAdminDatabaseUrl();
  const name = `doorbraak_bench_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(adminUrl, name);
  say(`bench: database ${name}, ${cpus().length} CPU cores shared by everything on this machine`);
  if (REUSE) {
    const template = templateName();
    if (await databaseExists(adminUrl, template)) {
      say(`reusing the database built before (${template})`);
    } else {
      await admin(adminUrl, `CREATE DATABASE "${template}"`);
      try {
        await build(withDatabase(adminUrl, template));
      } catch (error) {
        await admin(adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
        throw error;
      }
      say(`kept as ${template} for the next run with --reuse`);
    }
    await admin(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } else {
    await admin(adminUrl, `CREATE DATABASE "${name}"`);
  }
  const db = await new DataSource({ ...dataSourceOptions(url), extra: { max: 4 } }).initialize();
  try {
    if (!REUSE) await build(url);
    const [{ documents, postings, matches }]: { documents: string; postings: string; matches: string }[] = await db.query(
      `SELECT (SELECT count(*) FROM similarity_document) AS documents, (SELECT count(*) FROM similarity_term) AS postings,
              (SELECT count(*) FROM similar_vastloper) AS matches`,
    );
    say(`index: ${Number(documents).toLocaleString('en')} documents, ${Number(postings).toLocaleString('en')} postings, ${Number(matches).toLocaleString('en')} stored matches`);

    const index = new SimilarityIndexService(db);
    const seeded: { id: string }[] = await db.query(`SELECT vastloper_id AS id FROM similarity_pending ORDER BY changed_at`);
    const seededRefresh = await timed(async () => {
      for (const { id } of seeded) await index.refresh(id);
    });
    say(`refreshed the ${seeded.length} demo items one by one in ${seconds(seededRefresh.ms)}`);

    // The far paraphrases, logged by another alliance as the retrieval test does, among 200,000 distractors.
    const owners = new Map<string, { allianceId: string; personId: string }>(
      ((await db.query(
        `SELECT f.slug, a.id AS "allianceId", (SELECT m.person_id FROM membership m WHERE m.alliance_id = a.id ORDER BY m.person_id LIMIT 1) AS "personId"
         FROM alliance a JOIN focus_area f ON f.id = a.focus_area_id`,
      )) as { slug: string; allianceId: string; personId: string }[]).map((row) => [row.slug, row]),
    );
    const farIds: { id: string; original: string }[] = [];
    for (const entry of PARAPHRASE_CASES) {
      const owner = owners.get(entry.loggedBy) as { allianceId: string; personId: string };
      const [{ id }]: { id: string }[] = await db.query(
        `INSERT INTO vastloper (alliance_id, title, description, category, actielijn, owner_id, reporter_id, rung_entered_at, last_progress_at, status, rung)
         VALUES ($1, $2, $3, 'OVERIG', 'SAMENHANGENDE_AANPAK', $4, $4, now(), now(), 'OPEN', 'PROGRAMMABUREAU') RETURNING id`,
        [owner.allianceId, entry.far.title, entry.far.description, owner.personId],
      );
      const [{ original }]: { original: string }[] = await db.query(`SELECT id AS original FROM vastloper WHERE title = $1`, [entry.original]);
      farIds.push({ id, original });
    }
    const refreshTimes: number[] = [];
    for (const { id } of farIds) {
      refreshTimes.push((await timed(() => index.refresh(id))).ms);
    }

    // Reads as the national coordinator (who sees every alliance): the API's query, batched per request.
    const coordinator = { personId: '00000000-0000-0000-0000-000000000000', memberships: [{ allianceId: null, role: 'NATIONAL_COORDINATOR' as const }] };
    const reads = new SimilarReadService(db);
    let hits = 0;
    for (const { id, original } of farIds) {
      const top = await reads.similar(createGraphqlContext(), coordinator, id, 5);
      if (top.some((match) => match.vastloper.id === original)) hits += 1;
    }
    const sample: { id: string }[] = await db.query(`SELECT vastloper_id AS id FROM similarity_document ORDER BY hashtext(vastloper_id::text) LIMIT ${READS}`);
    const readTimes: number[] = [];
    for (const { id } of sample) {
      readTimes.push((await timed(() => reads.similar(createGraphqlContext(), coordinator, id, 5))).ms);
    }

    // A change of text, as updateVastloper makes it, then the job's refresh of that item.
    const changed: { id: string }[] = await db.query(`SELECT vastloper_id AS id FROM similarity_document ORDER BY hashtext(vastloper_id::text || 'x') LIMIT ${REFRESHES}`);
    for (const { id } of changed) {
      await db.query(`UPDATE vastloper SET description = description || ' Inmiddels is ook de woningcorporatie aangeschoven.' WHERE id = $1`, [id]);
      refreshTimes.push((await timed(() => index.refresh(id))).ms);
    }

    if (CASES) await printCases(db, index, farIds);

    const farHit5 = hits / farIds.length;
    const readMedian = quantile(readTimes, 0.5);
    const refreshMedian = quantile(refreshTimes, 0.5);
    say('');
    say(`read similar (first: 5), ${readTimes.length} items:      median ${readMedian.toFixed(1)} ms, p95 ${quantile(readTimes, 0.95).toFixed(1)} ms (target < ${TARGETS.readMs} ms median)`);
    say(`refresh after a change, ${refreshTimes.length} items:     median ${refreshMedian.toFixed(1)} ms, p95 ${quantile(refreshTimes, 0.95).toFixed(1)} ms (target < ${TARGETS.refreshMs} ms median)`);
    say(`far paraphrases among ${DISTRACTORS.toLocaleString('en')} distractors: hit@5 ${Math.round(farHit5 * 100)}% of ${farIds.length} (target ≥ ${TARGETS.farHit5 * 100}%)`);
    const missed = [readMedian < TARGETS.readMs, refreshMedian < TARGETS.refreshMs, farHit5 >= TARGETS.farHit5].filter((ok) => !ok).length;
    if (missed > 0) {
      say(`${missed} target(s) missed`);
      process.exitCode = 1;
    }
  } finally {
    await db.destroy();
    await admin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
