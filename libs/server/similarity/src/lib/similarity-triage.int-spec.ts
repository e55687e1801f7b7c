import type { INestApplication } from '@nestjs/common';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, graphqlRequest, signIn, startTestApi, type GraphqlResult, type TestDatabase } from '@doorbraak/server-testing';

const TRIAGE = `query ($filter: SimilarityTriageFilter, $first: Int, $after: String) {
  similarityTriage(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title viewerCan { seeSimilar } similar(first: 5) { score reasons { kind label values } vastloper { id confidential } } } }
  } }`;
const ITEM = `query ($id: ID!) { vastloper(id: $id) { id viewerCan { seeSimilar } similar(first: 5) { vastloper { id } } } }`;
const JUDGE = (operation: string) =>
  `mutation ($left: ID!, $right: ID!) { ${operation}(vastloperId: $left, similarId: $right) { dismissed dismissedAt vastloper { id } similar { id } } }`;

type Node = { id: string; title: string; viewerCan: { seeSimilar: boolean }; similar: { score: number; reasons: { kind: string; values: string[] }[]; vastloper: { id: string; confidential: boolean } }[] };
type Triage = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] };

const X = 'groningen-noord';
const Y = 'delft-west';
const Z = 'lelystad-oost';
const TWO_ALLIANCES = 'rijks.twee@test.doorbraak.nl';
const AVG = [{ kind: 'SAME_LAW', label: 'Zelfde wet: AVG', values: ['AVG'] }];

describe('the similarity triage: new items with their matches, and "niet vergelijkbaar"', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let url: string;
  const alliance: Record<string, string> = {};
  const owner: Record<string, string> = {};
  const token: Record<string, string> = {};
  const item: Record<string, string> = {};

  const insertItem = async (slug: string, title: string, daysAgo: number, fields: { category?: string; confidential?: boolean } = {}): Promise<string> => {
    const [row]: { id: string }[] = await db.dataSource.query(
      `INSERT INTO vastloper (alliance_id, title, category, actielijn, owner_id, reporter_id, rung_entered_at, last_progress_at, status, rung, confidential, created_at)
       VALUES ($1, $2, $3, 'MEEDOEN', $4, $4, now(), now(), 'OPEN', 'PROGRAMMABUREAU', $5, now() - make_interval(days => $6))
       RETURNING id`,
      [alliance[slug], title, fields.category ?? 'OVERIG', owner[slug], fields.confidential ?? false, daysAgo],
    );
    return row.id;
  };
  // What the similarity job stores, both ways round.
  const match = (left: string, right: string, score: number, reasons: unknown[] = []): Promise<unknown> =>
    db.dataSource.query(`INSERT INTO similar_vastloper (vastloper_id, similar_id, score, reasons) VALUES ($1, $2, $3, $4), ($2, $1, $3, $4)`, [
      left,
      right,
      score,
      JSON.stringify(reasons),
    ]);
  const triage = async (who: string, variables: Record<string, unknown> = {}): Promise<Triage> =>
    (await graphqlData<{ similarityTriage: Triage }>(url, TRIAGE, variables, { token: token[who] })).similarityTriage;
  const listed = async (who: string, variables: Record<string, unknown> = {}): Promise<string[]> =>
    (await triage(who, variables)).edges.map((edge) => edge.node.id);
  const matchesOf = async (who: string, id: string, variables: Record<string, unknown> = {}): Promise<string[] | undefined> =>
    (await triage(who, variables)).edges.find((edge) => edge.node.id === id)?.node.similar.map((similar) => similar.vastloper.id);
  const judge = (operation: string, who: string, left: string, right: string): Promise<GraphqlResult<Record<string, unknown>>> =>
    graphqlRequest(url, JUDGE(operation), { left, right }, { token: token[who] });
  const refusal = (result: GraphqlResult<unknown>) => {
    const extensions = result.body.errors?.[0]?.extensions;
    return { code: extensions?.code, reason: extensions?.['reason'] };
  };
  const dismissals = async (): Promise<number> => Number((await db.dataSource.query(`SELECT count(*) AS n FROM similar_dismissal`))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    for (const row of (await db.dataSource.query(
      `SELECT a.id, a.slug, p.id AS director FROM alliance a JOIN membership m ON m.alliance_id = a.id AND m.role = 'PROGRAMME_DIRECTOR' JOIN person p ON p.id = m.person_id`,
    )) as { id: string; slug: string; director: string }[]) {
      alliance[row.slug] = row.id;
      owner[row.slug] = row.director;
    }
    // A rijksvertegenwoordiger for X and Y who is also a partner in Z: reads Z, but not its confidential items.
    await db.dataSource.query(
      `WITH twee AS (
         INSERT INTO person (email, name, password_hash) SELECT $1, 'Rijks Twee', password_hash FROM person WHERE email = 'coordinator@demo.doorbraak.nl' RETURNING id)
       INSERT INTO membership (person_id, alliance_id, role)
       SELECT twee.id, m.alliance_id, m.role FROM twee, (VALUES ($2::uuid, 'RIJKSVERTEGENWOORDIGER'), ($3::uuid, 'RIJKSVERTEGENWOORDIGER'), ($4::uuid, 'PARTNER_MEMBER')) AS m(alliance_id, role)`,
      [TWO_ALLIANCES, alliance[X], alliance[Y], alliance[Z]],
    );

    item['a'] = await insertItem(X, 'Nieuw in X', 3, { category: 'FINANCIERING' });
    item['b'] = await insertItem(Y, 'Nieuw in Y', 10, { category: 'WET_EN_REGELGEVING' });
    item['c'] = await insertItem(Z, 'Vertrouwelijk in Z', 2, { confidential: true });
    item['d'] = await insertItem(Z, 'Openbaar in Z', 20);
    item['old'] = await insertItem(X, 'Oud in X', 40);
    item['e'] = await insertItem(X, 'Alleen met f', 1);
    item['f'] = await insertItem(Y, 'Alleen met e', 45);
    await match(item['a'], item['b'], 0.7, AVG);
    await match(item['a'], item['c'], 0.5);
    await match(item['a'], item['d'], 0.4);
    await match(item['old'], item['b'], 0.6);
    await match(item['e'], item['f'], 0.45);

    ({ app: api, url } = await startTestApi(db.appUrl));
    for (const [who, email] of [
      ['coordinator', 'coordinator@demo.doorbraak.nl'],
      ['rijksX', `rijksvertegenwoordiger.${X}@demo.doorbraak.nl`],
      ['directorX', `programmadirecteur.${X}@demo.doorbraak.nl`],
      ['partnerX', `partner.${X}@demo.doorbraak.nl`],
      ['twee', TWO_ALLIANCES],
    ]) {
      token[who] = (await signIn(url, email)).token;
    }
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('lists the items of the last weeks that have matches, newest first, each with its matches and why', async () => {
    const page = await triage('coordinator');
    // e (1 day), c (2), a (3), b (10), d (20); old (40 days) and f (45) are older than four weeks.
    expect(page.edges.map((edge) => edge.node.title)).toEqual(['Alleen met f', 'Vertrouwelijk in Z', 'Nieuw in X', 'Nieuw in Y', 'Openbaar in Z']);
    expect(page.totalCount).toBe(5);
    const a = page.edges[2].node;
    expect(a.viewerCan.seeSimilar).toBe(true);
    expect(a.similar.map((similar) => [similar.vastloper.id, similar.score])).toEqual([
      [item['b'], 0.7],
      [item['c'], 0.5],
      [item['d'], 0.4],
    ]);
    expect(a.similar[0].reasons).toEqual([{ kind: 'SAME_LAW', values: ['AVG'] }].map((reason) => expect.objectContaining(reason)));
    expect(await listed('coordinator', { filter: { weeks: 8 } })).toEqual(expect.arrayContaining([item['old'], item['f']]));
  });

  it('pages by cursor and filters by alliance and category', async () => {
    const first = await triage('coordinator', { first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await triage('coordinator', { first: 10, after: first.pageInfo.endCursor });
    expect([...first.edges, ...rest.edges].map((edge) => edge.node.id)).toEqual([item['e'], item['c'], item['a'], item['b'], item['d']]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(await listed('coordinator', { filter: { allianceId: alliance[X] } })).toEqual([item['e'], item['a']]);
    expect(await listed('coordinator', { filter: { category: 'WET_EN_REGELGEVING' } })).toEqual([item['b']]);
  });

  it('shows a rijksvertegenwoordiger only the matches they may read: not other alliances, not confidential items', async () => {
    // Assigned to X alone: every match lies elsewhere, so nothing to triage, and the item's list is empty.
    expect(await listed('rijksX')).toEqual([]);
    const own = (await graphqlData<{ vastloper: { viewerCan: { seeSimilar: boolean }; similar: unknown[] } }>(url, ITEM, { id: item['a'] }, { token: token['rijksX'] }))
      .vastloper;
    expect(own).toEqual(expect.objectContaining({ viewerCan: { seeSimilar: true }, similar: [] }));

    // For X and Y, and a partner in Z: Z's open item, never its confidential one; Z's items are not theirs to triage.
    expect(await listed('twee')).toEqual([item['e'], item['a'], item['b']]);
    expect(await matchesOf('twee', item['a'])).toEqual([item['b'], item['d']]);
  });

  it('shows the roles that do not bundle items nationally nothing, though they read the items', async () => {
    for (const who of ['directorX', 'partnerX']) {
      expect(await listed(who)).toEqual([]);
      const { vastloper } = await graphqlData<{ vastloper: { viewerCan: { seeSimilar: boolean }; similar: unknown[] } }>(url, ITEM, { id: item['a'] }, { token: token[who] });
      expect(vastloper).toEqual(expect.objectContaining({ viewerCan: { seeSimilar: false }, similar: [] }));
    }
  });

  it('takes a dismissed match out of the triage and both lists for everyone, once, audited; and restores it', async () => {
    const audits = async (): Promise<{ operation: string; actor_id: string }[]> =>
      db.dataSource.query(`SELECT operation, actor_id FROM audit_entry WHERE entity_type = 'SimilarVastloper' AND entity_id = $1 ORDER BY at, id`, [item['e']]);
    const dismissed = await judge('dismissSimilarMatch', 'twee', item['e'], item['f']);
    expect(dismissed.body.errors).toBeUndefined();
    expect(dismissed.body.data?.['dismissSimilarMatch']).toEqual(expect.objectContaining({ dismissed: true, vastloper: { id: item['e'] }, similar: { id: item['f'] } }));
    // e had f alone: it leaves the triage, for the coordinator as much as for who dismissed it; so does f.
    expect(await listed('coordinator', { filter: { weeks: 8 } })).not.toEqual(expect.arrayContaining([item['e']]));
    expect(await listed('coordinator', { filter: { weeks: 8 } })).not.toContain(item['f']);
    expect(await listed('twee')).toEqual([item['a'], item['b']]);
    // The same pair from the other side is the same judgement: nothing new.
    expect((await judge('dismissSimilarMatch', 'coordinator', item['f'], item['e'])).body.errors).toBeUndefined();
    expect(await dismissals()).toBe(1);
    const [tweeId] = (await db.dataSource.query(`SELECT id FROM person WHERE email = $1`, [TWO_ALLIANCES])) as { id: string }[];
    expect(await audits()).toEqual([{ operation: 'dismissSimilarMatch', actor_id: tweeId.id }]);

    const restored = await judge('restoreSimilarMatch', 'coordinator', item['e'], item['f']);
    expect(restored.body.data?.['restoreSimilarMatch']).toEqual(expect.objectContaining({ dismissed: false, dismissedAt: null }));
    expect(await matchesOf('coordinator', item['e'])).toEqual([item['f']]);
    expect((await audits()).map((entry) => entry.operation)).toEqual(['dismissSimilarMatch', 'restoreSimilarMatch']);
  });

  it("leaves an item listed while it has other matches, and drops the dismissed one from the item's own list", async () => {
    expect((await judge('dismissSimilarMatch', 'coordinator', item['b'], item['a'])).body.errors).toBeUndefined();
    expect(await matchesOf('coordinator', item['a'])).toEqual([item['c'], item['d']]);
    const { vastloper } = await graphqlData<{ vastloper: { similar: { vastloper: { id: string } }[] } }>(url, ITEM, { id: item['b'] }, { token: token['coordinator'] });
    expect(vastloper.similar.map((similar) => similar.vastloper.id)).toEqual([item['old']]);
    expect((await judge('restoreSimilarMatch', 'coordinator', item['a'], item['b'])).body.errors).toBeUndefined();
    expect(await matchesOf('coordinator', item['a'])).toEqual([item['b'], item['c'], item['d']]);
  });

  it('refuses who may not read both items (not found) or not triage them (forbidden), and changes nothing', async () => {
    const before = await dismissals();
    // b lies in Y, which X's rijksvertegenwoordiger and partner cannot read; c is confidential in Z, where "twee" is a partner.
    expect(refusal(await judge('dismissSimilarMatch', 'rijksX', item['a'], item['b']))).toEqual(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(refusal(await judge('dismissSimilarMatch', 'partnerX', item['a'], item['b']))).toEqual(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(refusal(await judge('dismissSimilarMatch', 'twee', item['a'], item['c']))).toEqual(expect.objectContaining({ code: 'NOT_FOUND' }));
    // "twee" reads d (a partner in Z) but does not triage Z's items.
    expect(refusal(await judge('dismissSimilarMatch', 'twee', item['a'], item['d']))).toEqual(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(await dismissals()).toBe(before);
  });

  it('answers bad input with a coded error and changes nothing', async () => {
    const before = await dismissals();
    expect(refusal(await judge('dismissSimilarMatch', 'coordinator', item['a'], item['a']))).toEqual({ code: 'BAD_USER_INPUT', reason: 'SAME_VASTLOPER' });
    expect(refusal(await judge('dismissSimilarMatch', 'coordinator', item['a'], item['old']))).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_SIMILAR' });
    expect(refusal(await judge('dismissSimilarMatch', 'coordinator', 'geen-id', item['a']))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
    expect(refusal(await judge('restoreSimilarMatch', 'coordinator', item['a'], 'geen-id'))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
    expect(await dismissals()).toBe(before);
    const ask = (variables: Record<string, unknown>) => graphqlRequest(url, TRIAGE, variables, { token: token['coordinator'] });
    for (const weeks of [0, 27]) {
      expect(refusal(await ask({ filter: { weeks } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_WEEKS' });
    }
    expect(refusal(await ask({ after: 'geen-cursor' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    expect(refusal(await ask({ first: 0 }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_PAGE_SIZE' });
    expect(refusal(await ask({ filter: { allianceId: 'geen-id' } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
  });
});
