import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { QUEUES } from '@doorbraak/server-core';
import { seedDemoData } from '@doorbraak/server-seed';
import { SimilarityIndexService } from './similarity-index.service';
import { SimilarityJobsModule } from './similarity.module';
import { createTestDatabase, CROSS_AREA_THEMES, graphqlData, obliterateQueues, PARAPHRASE_CASES, signIn, startTestApi, startTestWorker, testConfig, waitUntilIndexed, type ParaphraseText, type TestDatabase } from '@doorbraak/server-testing';

const CREATE = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;
const SIMILAR = `query ($id: ID!) { vastloper(id: $id) { similar(first: 5) { score vastloper { id } } } }`;

// The far set may share at most this part of the original's stemmed content words.
const FAR_OVERLAP_MAX = 0.25;
const TARGETS = { close: 0.95, far: 0.8 } as const;

type Ranks = { hit1: number; hit3: number; hit5: number };

const ranksOf = (positions: readonly number[]): Ranks => {
  const share = (k: number): number => positions.filter((position) => position >= 0 && position < k).length / positions.length;
  return { hit1: share(1), hit3: share(3), hit5: share(5) };
};

const percent = (value: number): string => `${Math.round(value * 100)}%`.padStart(5);

describe('retrieval: knelpunten as another alliance would log them find the original among the top 5', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let url: string;
  let coordinator: string;
  const directors = new Map<string, string>();
  const alliances = new Map<string, string>();
  const idOfTitle = new Map<string, string>();

  const create = async (area: string, item: ParaphraseText): Promise<string> => {
    const { createVastloper } = await graphqlData<{ createVastloper: { id: string } }>(
      url,
      CREATE,
      { input: { allianceId: alliances.get(area), title: item.title, description: item.description, category: 'OVERIG', actielijn: 'SAMENHANGENDE_AANPAK' } },
      { token: directors.get(area) },
    );
    idOfTitle.set(item.title, createVastloper.id);
    return createVastloper.id;
  };
  const top5 = async (id: string): Promise<string[]> =>
    (await graphqlData<{ vastloper: { similar: { vastloper: { id: string } }[] } }>(url, SIMILAR, { id }, { token: coordinator })).vastloper.similar.map(
      (match) => match.vastloper.id,
    );

  beforeAll(async () => {
    await obliterateQueues([QUEUES.similarity]);
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    for (const row of (await db.dataSource.query(`SELECT a.id, f.slug FROM alliance a JOIN focus_area f ON f.id = a.focus_area_id`)) as { id: string; slug: string }[]) {
      alliances.set(row.slug, row.id);
    }
    for (const row of (await db.dataSource.query(`SELECT id, title FROM vastloper`)) as { id: string; title: string }[]) {
      idOfTitle.set(row.title, row.id);
    }
    worker = await startTestWorker(testConfig({ databaseUrl: db.appUrl }), [SimilarityJobsModule]);
    ({ app: api, url } = await startTestApi(db.appUrl));
    coordinator = (await signIn(url, 'coordinator@demo.doorbraak.nl')).token;
    const areas = new Set([...PARAPHRASE_CASES.map((entry) => entry.loggedBy), ...CROSS_AREA_THEMES.flatMap((theme) => theme.logged.map((item) => item.area))]);
    for (const area of areas) {
      directors.set(area, (await signIn(url, `programmadirecteur.${area}@demo.doorbraak.nl`)).token);
    }
    for (const theme of CROSS_AREA_THEMES) {
      for (const item of theme.logged) {
        await create(item.area, item);
      }
    }
    for (const entry of PARAPHRASE_CASES) {
      await create(entry.loggedBy, entry.close);
      await create(entry.loggedBy, entry.far);
    }
    await waitUntilIndexed(db.dataSource, 480_000);
  }, 600_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await obliterateQueues([QUEUES.similarity]);
    await db?.drop();
  });

  it('has at least 30 cases in each set, each original seeded in an area other than the one logging it', () => {
    expect(PARAPHRASE_CASES.length).toBeGreaterThanOrEqual(30);
    for (const entry of PARAPHRASE_CASES) {
      expect(idOfTitle.has(entry.original)).toBe(true);
      expect(entry.loggedBy).not.toBe(entry.area);
    }
  });

  it("keeps the far set far: each shares at most a quarter of its original's stemmed content words", async () => {
    const tooClose: string[] = [];
    for (const entry of PARAPHRASE_CASES) {
      const [{ shared, total }]: { shared: number; total: number }[] = await db.dataSource.query(
        `WITH original AS (SELECT unnest(tsvector_to_array(to_tsvector('dutch', title || ' ' || description))) AS lexeme FROM vastloper WHERE id = $1),
              far AS (SELECT unnest(tsvector_to_array(to_tsvector('dutch', $2 || ' ' || $3))) AS lexeme)
         SELECT (SELECT count(*) FROM original WHERE lexeme IN (SELECT lexeme FROM far))::int AS shared, (SELECT count(*) FROM original)::int AS total`,
        [idOfTitle.get(entry.original), entry.far.title, entry.far.description],
      );
      if (shared / total > FAR_OVERLAP_MAX) {
        tooClose.push(`${entry.far.title}: ${shared}/${total}`);
      }
    }
    expect(tooClose).toEqual([]);
  });

  it('finds the original among the top 5 in at least 95% of close and 80% of far cases, far above the plain baseline', async () => {
    const baseline = new SimilarityIndexService(db.dataSource);
    const lines = ['set     ranking                    hit@1 hit@3 hit@5'];
    const results: Record<'close' | 'far', Ranks> = { close: { hit1: 0, hit3: 0, hit5: 0 }, far: { hit1: 0, hit3: 0, hit5: 0 } };
    for (const set of ['close', 'far'] as const) {
      const full: number[] = [];
      const plain: number[] = [];
      for (const entry of PARAPHRASE_CASES) {
        const id = idOfTitle.get(entry[set].title) as string;
        const original = idOfTitle.get(entry.original) as string;
        full.push((await top5(id)).indexOf(original));
        plain.push((await baseline.rank(id, 'BASELINE')).map((match) => match.id).indexOf(original));
      }
      results[set] = ranksOf(full);
      const base = ranksOf(plain);
      lines.push(`${set.padEnd(7)} thesaurus + structure     ${percent(results[set].hit1)} ${percent(results[set].hit3)} ${percent(results[set].hit5)}`);
      lines.push(`${set.padEnd(7)} baseline (text+trigram)   ${percent(base.hit1)} ${percent(base.hit3)} ${percent(base.hit5)}`);
    }
    process.stdout.write(`\nSimilar vastlopers, ${PARAPHRASE_CASES.length} cases per set\n${lines.join('\n')}\n`);
    expect(results.close.hit5).toBeGreaterThanOrEqual(TARGETS.close);
    expect(results.far.hit5).toBeGreaterThanOrEqual(TARGETS.far);
  });

  it("lets the booklet's cross-area themes find each other across areas", async () => {
    const lonely: string[] = [];
    for (const theme of CROSS_AREA_THEMES) {
      const members = [...theme.seeded, ...theme.logged.map((item) => item.title)].map((title) => idOfTitle.get(title) as string);
      for (const member of members) {
        const found = await top5(member);
        if (!found.some((id) => id !== member && members.includes(id))) {
          lonely.push(`${theme.theme}: ${member}`);
        }
      }
    }
    expect(lonely).toEqual([]);
  });
});
