import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actielijn, Ministry, Remedy, VastloperCategory } from '@doorbraak/domain';
import { featureTokens, fingerprintOf, WEIGHTS, type SimilaritySource } from './similarity-features';
import { mirrored, reasonsFor, type SharedTerm, type SimilarityReason } from './similarity-reasons';

// How many matches each item keeps (the read side shows at most 20 of those the viewer may see).
export const MATCHES_KEPT = 30;
// The rarest terms of an item find its candidates; all its terms then score them.
const PROBE_TERMS = 32;
// Postings read per probe term: all of a term fewer than RARE_TERM items carry, else the best
// POSTINGS_PER_TERM by weight for their document's length.
const RARE_TERM = 5_000;
const POSTINGS_PER_TERM = 400;
const CANDIDATES = 300;
// Below this, two items have nothing worth showing in common.
const MIN_SCORE = 0.03;
// One score: the weighted cosine of terms, concepts and structure, and the trigram likeness of the titles.
const TERM_SHARE = 0.85;
const TITLE_SHARE = 0.15;

export type RankMode = 'FULL' | 'BASELINE';

export type RankedMatch = {
  readonly id: string;
  readonly allianceId: string;
  readonly score: number;
  readonly cosine: number;
  readonly trigram: number;
  readonly shared: readonly SharedTerm[];
};

type VastloperRow = {
  id: string;
  allianceId: string;
  title: string;
  description: string;
  legalReference: string | null;
  owningMinistry: Ministry | null;
  category: VastloperCategory;
  actielijn: Actielijn;
  remedy: Remedy | null;
};

type RankRow = { id: string; allianceId: string; cosine: number; trigram: number; shared: SharedTerm[] | null };

export type RefreshOutcome = { readonly state: 'REFRESHED' | 'GONE'; readonly reindexed: boolean; readonly matches: number };

// TypeORM answers an UPDATE or DELETE ... RETURNING with [rows, count], other statements with the rows.
export const returnedRows = <T>(result: unknown): T[] =>
  (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? result[0] : result) as T[];

export const combinedScore = (cosine: number, trigram: number): number =>
  Math.min(1, Math.max(0, TERM_SHARE * cosine + TITLE_SHARE * trigram));

// Titles are compared in lower case, as pg_trgm does.
const titleKey = (title: string): string => title.toLowerCase();

// idf of a term from its document frequency, with docs.n the number of documents.
const idf = (df: string): string => `ln(1 + docs.n / greatest(coalesce(${df}, 0), 1))`;
const DOCS = `SELECT greatest(coalesce((SELECT df FROM similarity_term_stat WHERE term = ''), 0), 1)::float8 AS n`;

// The rank query. Candidates come from the postings of the item's rarest terms that another item carries
// too: all postings of a term fewer than $9 items carry, and of a commoner one only the $8 with the highest
// weight for their document's length (the postings index is ordered by it), so a term that tens of
// thousands of items carry costs no more than a rare one. Their partial cosines rank them; the best are
// then scored exactly on all their terms, with the trigram likeness of the titles. $7 leaves out concepts
// and structure: the plain baseline of full text and trigrams only.
const RANK_SQL = `
WITH docs AS (${DOCS}),
x AS (
  SELECT t.term, t.weight::float8 AS weight, t.surface, coalesce(s.df, 0) AS df, ${idf('s.df')} AS idf
  FROM similarity_term t CROSS JOIN docs LEFT JOIN similarity_term_stat s ON s.term = t.term
  WHERE t.vastloper_id = $1 AND (NOT $7 OR t.term !~ '^[~#]')
),
probe AS (SELECT term, weight, idf, df FROM x WHERE df > 1 ORDER BY idf * weight DESC, term LIMIT $5),
by_terms AS (
  SELECT p.vastloper_id
  FROM probe
  CROSS JOIN LATERAL (
    SELECT t.vastloper_id, t.normalised_weight FROM similarity_term t
    WHERE t.term = probe.term AND t.alliance_id <> $2
    ORDER BY t.normalised_weight DESC
    LIMIT CASE WHEN probe.df <= $9 THEN probe.df ELSE $8 END
  ) p
  WHERE p.vastloper_id <> $1
  GROUP BY p.vastloper_id
  ORDER BY sum(probe.idf * probe.idf * probe.weight * p.normalised_weight) DESC
  LIMIT $6
),
pool AS (
  SELECT d.vastloper_id, d.alliance_id, similarity(d.title, $3) AS trigram
  FROM (SELECT vastloper_id FROM by_terms UNION SELECT unnest($4::uuid[])) candidate
  JOIN similarity_document d ON d.vastloper_id = candidate.vastloper_id
  WHERE d.alliance_id <> $2 AND d.vastloper_id <> $1
),
scored AS (
  SELECT pool.vastloper_id, pool.alliance_id, pool.trigram,
    sum(coalesce(x.idf * x.idf * x.weight * p.weight, 0)) AS dot,
    sum(power(${idf('s.df')} * p.weight, 2)) AS norm2,
    jsonb_agg(jsonb_build_object('term', p.term, 'this', x.surface, 'other', p.surface, 'weight', x.idf * x.idf * x.weight * p.weight))
      FILTER (WHERE x.term IS NOT NULL) AS shared
  FROM pool
  JOIN similarity_term p ON p.vastloper_id = pool.vastloper_id
  CROSS JOIN docs
  LEFT JOIN similarity_term_stat s ON s.term = p.term
  LEFT JOIN x ON x.term = p.term
  WHERE NOT $7 OR p.term !~ '^[~#]'
  GROUP BY pool.vastloper_id, pool.alliance_id, pool.trigram
)
SELECT scored.vastloper_id AS "id", scored.alliance_id AS "allianceId",
  CASE WHEN scored.norm2 > 0 AND xn.norm2 > 0 THEN scored.dot / sqrt(scored.norm2 * xn.norm2) ELSE 0 END AS "cosine",
  scored.trigram AS "trigram",
  scored.shared AS "shared"
FROM scored
CROSS JOIN (SELECT sum(power(idf * weight, 2)) AS norm2 FROM x) xn`;

// An item's terms: PostgreSQL's Dutch stems of title and description (with a word as written, to explain a
// match), and the tokens of the thesaurus and the structure; one row per term, at its highest weight.
const TOKENS_SQL = `
SELECT term, max(weight)::float8 AS weight, min(surface) AS surface FROM (
  SELECT lexeme AS term, field.weight, lower(d.token) AS surface
  FROM (VALUES ($1::text, $3::real), ($2::text, $4::real)) AS field(text, weight)
  CROSS JOIN LATERAL ts_debug('dutch', field.text) d
  CROSS JOIN LATERAL unnest(d.lexemes) AS lexeme
  WHERE d.alias IN ('asciiword', 'word', 'asciihword', 'hword', 'hword_asciipart', 'hword_part') AND char_length(lexeme) >= 3
  UNION ALL
  SELECT * FROM unnest($5::text[], $6::real[], $7::text[])
) tokens
GROUP BY term`;

// The postings, each with its weight divided by the document's idf-weighted length as the frequencies
// stand now: what the candidate search orders a term's postings by.
const POSTINGS_SQL = `
WITH docs AS (${DOCS}),
terms AS (SELECT * FROM unnest($3::text[], $4::real[], $5::text[]) AS t(term, weight, surface)),
norm AS (
  SELECT greatest(sqrt(sum(power(${idf('s.df')} * terms.weight, 2))), 1e-9) AS value
  FROM terms CROSS JOIN docs LEFT JOIN similarity_term_stat s ON s.term = terms.term
)
INSERT INTO similarity_term (vastloper_id, alliance_id, term, weight, surface, normalised_weight)
SELECT $1, $2, terms.term, terms.weight, terms.surface, terms.weight / norm.value
FROM terms CROSS JOIN norm`;

// Keeps each listed item's best MATCHES_KEPT matches.
const TRIM_SQL = `
DELETE FROM similar_vastloper s
USING (
  SELECT vastloper_id, similar_id, row_number() OVER (PARTITION BY vastloper_id ORDER BY score DESC, similar_id) AS rank
  FROM similar_vastloper WHERE vastloper_id = ANY($1::uuid[])
) ranked
WHERE s.vastloper_id = ranked.vastloper_id AND s.similar_id = ranked.similar_id AND ranked.rank > ${MATCHES_KEPT}`;

@Injectable()
export class SimilarityIndexService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // Brings one item's document and matches up to date, and its place in its neighbours' lists. Idempotent:
  // a second run finds the same document (same fingerprint) and writes the same matches; one transaction,
  // serialised per item, so a retry or a second worker never leaves duplicates or half a list.
  async refresh(vastloperId: string, pendingSince: string | null = null): Promise<RefreshOutcome> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 20261205))`, [vastloperId]);
      const [row]: VastloperRow[] = await manager.query(
        `SELECT id, alliance_id AS "allianceId", title, description, legal_reference AS "legalReference",
                owning_ministry AS "owningMinistry", category, actielijn, remedy
         FROM vastloper WHERE id = $1`,
        [vastloperId],
      );
      if (!row) {
        // Deleted: the foreign keys took its document and matches with it.
        await this.clearPending(manager, vastloperId, pendingSince);
        return { state: 'GONE', reindexed: false, matches: 0 };
      }
      const reindexed = await this.reindex(manager, row);
      const previousNeighbours: { id: string }[] = await manager.query(
        `SELECT vastloper_id AS id FROM similar_vastloper WHERE similar_id = $1`,
        [vastloperId],
      );
      const ranked = await this.rankIn(manager, row.id, row.allianceId, row.title, 'FULL', previousNeighbours.map((neighbour) => neighbour.id));
      const kept = ranked.slice(0, MATCHES_KEPT).filter((match) => match.score >= MIN_SCORE);
      await this.store(manager, row.id, kept, ranked, previousNeighbours.map((neighbour) => neighbour.id));
      await this.clearPending(manager, vastloperId, pendingSince);
      return { state: 'REFRESHED', reindexed, matches: kept.length };
    });
  }

  // Every candidate in other alliances, best first. Public for the retrieval test's baseline and the benchmark.
  async rank(vastloperId: string, mode: RankMode): Promise<RankedMatch[]> {
    const [row]: { allianceId: string; title: string }[] = await this.dataSource.query(
      `SELECT alliance_id AS "allianceId", title FROM vastloper WHERE id = $1`,
      [vastloperId],
    );
    return row ? this.rankIn(this.dataSource.manager, vastloperId, row.allianceId, row.title, mode, []) : [];
  }

  private async rankIn(
    manager: EntityManager,
    id: string,
    allianceId: string,
    title: string,
    mode: RankMode,
    include: readonly string[],
  ): Promise<RankedMatch[]> {
    const rows: RankRow[] = await manager.query(RANK_SQL, [
      id,
      allianceId,
      titleKey(title),
      include,
      PROBE_TERMS,
      CANDIDATES,
      mode === 'BASELINE',
      POSTINGS_PER_TERM,
      RARE_TERM,
    ]);
    return rows
      .map((row) => {
        const cosine = Number(row.cosine);
        const trigram = Number(row.trigram);
        return { id: row.id, allianceId: row.allianceId, cosine, trigram, score: combinedScore(cosine, trigram), shared: row.shared ?? [] };
      })
      .sort((left, right) => right.score - left.score || left.id.localeCompare(right.id));
  }

  // Rewrites the document and postings when what is compared changed, and keeps the document frequencies.
  private async reindex(manager: EntityManager, row: VastloperRow): Promise<boolean> {
    const source: SimilaritySource = row;
    const fingerprint = fingerprintOf(source);
    const [document]: { fingerprint: string }[] = await manager.query(
      `SELECT fingerprint FROM similarity_document WHERE vastloper_id = $1`,
      [row.id],
    );
    if (document?.fingerprint === fingerprint) {
      return false;
    }
    const before = document
      ? returnedRows<{ term: string }>(await manager.query(`DELETE FROM similarity_term WHERE vastloper_id = $1 RETURNING term`, [row.id]))
      : [];
    await manager.query(
      `INSERT INTO similarity_document (vastloper_id, alliance_id, fingerprint, title, refreshed_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (vastloper_id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, title = EXCLUDED.title, refreshed_at = now()`,
      [row.id, row.allianceId, fingerprint, titleKey(row.title)],
    );
    const features = featureTokens(source);
    const tokens: { term: string; weight: number; surface: string }[] = await manager.query(TOKENS_SQL, [
      row.title,
      row.description,
      WEIGHTS.titleWord,
      WEIGHTS.descriptionWord,
      features.map((token) => token.term),
      features.map((token) => token.weight),
      features.map((token) => token.surface),
    ]);
    const delta = new Map<string, number>();
    for (const { term } of before) delta.set(term, (delta.get(term) ?? 0) - 1);
    for (const { term } of tokens) delta.set(term, (delta.get(term) ?? 0) + 1);
    if (!document) delta.set('', 1);
    await this.countTerms(manager, delta);
    await manager.query(POSTINGS_SQL, [
      row.id,
      row.allianceId,
      tokens.map((token) => token.term),
      tokens.map((token) => token.weight),
      tokens.map((token) => token.surface),
    ]);
    return true;
  }

  // Document frequencies ('' counts the documents), changed in term order so concurrent refreshes never deadlock.
  private async countTerms(manager: EntityManager, delta: ReadonlyMap<string, number>): Promise<void> {
    const changed = [...delta].filter(([, change]) => change !== 0).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    if (changed.length === 0) {
      return;
    }
    await manager.query(
      `INSERT INTO similarity_term_stat (term, df)
       SELECT term, change FROM unnest($1::text[], $2::int[]) AS delta(term, change) ORDER BY term
       ON CONFLICT (term) DO UPDATE SET df = greatest(similarity_term_stat.df + EXCLUDED.df, 0)`,
      [changed.map(([term]) => term), changed.map(([, change]) => change)],
    );
  }

  // The item's own list is replaced; each neighbour (a new match, or an item that listed this one before)
  // gets this item's new score in its list, or loses it, and keeps its best MATCHES_KEPT.
  private async store(
    manager: EntityManager,
    id: string,
    kept: readonly RankedMatch[],
    ranked: readonly RankedMatch[],
    previousNeighbours: readonly string[],
  ): Promise<void> {
    await manager.query(`DELETE FROM similar_vastloper WHERE vastloper_id = $1`, [id]);
    const reasons = (match: RankedMatch, direction: 'own' | 'neighbour'): SimilarityReason[] =>
      reasonsFor(direction === 'own' ? match.shared : mirrored(match.shared), match.trigram);
    const insert = async (rows: readonly { from: string; to: string; score: number; reasons: SimilarityReason[] }[]): Promise<void> => {
      if (rows.length === 0) return;
      await manager.query(
        `INSERT INTO similar_vastloper (vastloper_id, similar_id, score, reasons, computed_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::real[], $4::jsonb[], $5::timestamptz[])
         ORDER BY 1, 2
         ON CONFLICT (vastloper_id, similar_id) DO UPDATE SET score = EXCLUDED.score, reasons = EXCLUDED.reasons, computed_at = EXCLUDED.computed_at`,
        [
          rows.map((row) => row.from),
          rows.map((row) => row.to),
          rows.map((row) => row.score),
          rows.map((row) => JSON.stringify(row.reasons)),
          rows.map(() => new Date()),
        ],
      );
    };
    await insert(kept.map((match) => ({ from: id, to: match.id, score: match.score, reasons: reasons(match, 'own') })));
    const scoreOf = new Map(ranked.map((match) => [match.id, match]));
    const neighbours = [...new Set([...kept.map((match) => match.id), ...previousNeighbours])].sort();
    const stillMatching = neighbours.filter((neighbour) => (scoreOf.get(neighbour)?.score ?? 0) >= MIN_SCORE);
    const gone = neighbours.filter((neighbour) => !stillMatching.includes(neighbour));
    if (gone.length > 0) {
      await manager.query(`DELETE FROM similar_vastloper WHERE similar_id = $1 AND vastloper_id = ANY($2::uuid[])`, [id, gone]);
    }
    await insert(
      stillMatching.map((neighbour) => {
        const match = scoreOf.get(neighbour) as RankedMatch;
        return { from: neighbour, to: id, score: match.score, reasons: reasons(match, 'neighbour') };
      }),
    );
    if (stillMatching.length > 0) {
      await manager.query(TRIM_SQL, [stillMatching]);
    }
  }

  // The change this run was for is done; a later change keeps its own pending row.
  private async clearPending(manager: EntityManager, vastloperId: string, pendingSince: string | null): Promise<void> {
    await manager.query(
      `DELETE FROM similarity_pending WHERE vastloper_id = $1 AND ($2::timestamptz IS NULL OR changed_at <= $2::timestamptz)`,
      [vastloperId, pendingSince],
    );
  }
}
