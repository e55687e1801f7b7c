import type { INestApplication } from '@nestjs/common';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, signIn, startTestApi, type TestDatabase } from '@doorbraak/server-testing';

const OVERVIEW = '{ ladderOverview { allianceSlug open stalled overdueAtTop perRung { rung count } } }';
const ITEMS = `query ($after: String) { vastlopers(first: 100, after: $after, filter: { statuses: [OPEN, IN_BEHANDELING] }) {
  pageInfo { endCursor hasNextPage } edges { node { rung stalled overdueAtTop alliance { slug } } } } }`;

type Overview = { allianceSlug: string; open: number; stalled: number; overdueAtTop: number; perRung: { rung: string; count: number }[] };
type Item = { rung: string; stalled: boolean; overdueAtTop: boolean; alliance: { slug: string } };
type Page = { vastlopers: { pageInfo: { endCursor: string | null; hasNextPage: boolean }; edges: { node: Item }[] } };

describe('the ladder overview, counted in the database', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let url: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    ({ app: api, url } = await startTestApi(db.appUrl));
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const overviewAs = async (email: string): Promise<Overview[]> =>
    (await graphqlData<{ ladderOverview: Overview[] }>(url, OVERVIEW, {}, { token: (await signIn(url, email)).token })).ladderOverview;

  // The overview as the coordinator reads it, and what it should be, counted from the open items the same
  // caller reads through the list.
  const overviewAndItems = async (): Promise<{ overview: Overview[]; expected: Overview[] }> => {
    const coordinator = (await signIn(url, 'coordinator@demo.doorbraak.nl')).token;
    const overview = await overviewAs('coordinator@demo.doorbraak.nl');
    const items: Item[] = [];
    for (let after: string | null = null, more = true; more; ) {
      const page: Page = await graphqlData<Page>(url, ITEMS, { after }, { token: coordinator });
      items.push(...page.vastlopers.edges.map((edge) => edge.node));
      ({ endCursor: after, hasNextPage: more } = page.vastlopers.pageInfo);
    }
    const expected = overview.map((row) => {
      const own = items.filter((item) => item.alliance.slug === row.allianceSlug);
      return {
        allianceSlug: row.allianceSlug,
        open: own.length,
        stalled: own.filter((item) => item.stalled).length,
        overdueAtTop: own.filter((item) => item.overdueAtTop).length,
        perRung: ['PROGRAMMABUREAU', 'ALLIANTIE', 'RIJKSVERTEGENWOORDIGER', 'INTERDEPARTEMENTAAL', 'DOORBRAAKOVERLEG'].map((rung) => ({
          rung,
          count: own.filter((item) => item.rung === rung).length,
        })),
      };
    });
    return { overview, expected };
  };

  it('gives the national coordinator every area, with the same counts as the items themselves, overdue and stalled first', async () => {
    const { overview, expected } = await overviewAndItems();
    const [{ count }]: { count: number }[] = await db.dataSource.query(`SELECT count(*)::int AS count FROM alliance`);
    expect(overview).toHaveLength(count);
    expect(overview).toEqual(expected);
    const order = overview.map((row) => [row.overdueAtTop, row.stalled]);
    expect(order).toEqual([...order].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
  });

  it('keeps its counts equal to the items through every kind of change, before and after they are folded into the totals', async () => {
    const director = (await signIn(url, 'programmadirecteur.rotterdam-zuid@demo.doorbraak.nl')).token;
    const [alliance]: { id: string }[] = await db.dataSource.query(`SELECT id FROM alliance WHERE slug = 'rotterdam-zuid'`);
    const change = (query: string, variables: Record<string, unknown>): Promise<unknown> => graphqlData(url, query, variables, { token: director });
    const create = async (title: string): Promise<string> =>
      (
        await graphqlData<{ createVastloper: { id: string } }>(
          url,
          'mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }',
          { input: { allianceId: alliance.id, title, category: 'UITVOERING', actielijn: 'MEEDOEN' } },
          { token: director },
        )
      ).createVastloper.id;
    const kept = await create('Telt mee in het overzicht');
    const resolved = await create('Wordt opgelost');
    const withdrawn = await create('Wordt ingetrokken');
    await change('mutation ($input: UpdateVastloperInput!) { updateVastloper(input: $input) { id } }', {
      input: { id: kept, category: 'FINANCIERING', confidential: true, owningMinistry: 'BZK' },
    });
    await change('mutation ($id: ID!) { escalate(itemId: $id, reason: "Loopt vast") { __typename } }', { id: kept });
    await change('mutation ($id: ID!) { resolveVastloper(id: $id, resolution: "Opgelost") { id } }', { id: resolved });
    await change('mutation ($id: ID!) { withdraw(itemId: $id, reason: "Niet meer nodig") { __typename } }', { id: withdrawn });

    const before = await overviewAndItems();
    expect(before.overview).toEqual(before.expected);

    // Once 64 changes wait, the next writer folds them into the totals; the counts stay what they were.
    const waiting = async (): Promise<number> => (await db.dataSource.query(`SELECT count(*)::int AS n FROM vastloper_open_count_delta`))[0].n;
    const waitingBefore = await waiting();
    expect(waitingBefore).toBeGreaterThan(0);
    const [owner]: { id: string }[] = await db.dataSource.query(`SELECT id FROM person WHERE email = 'programmadirecteur.rotterdam-zuid@demo.doorbraak.nl'`);
    const extra: string[] = [];
    for (let row = 0; row < 64; row += 1) {
      const [inserted]: { id: string }[] = await db.dataSource.query(
        `INSERT INTO vastloper (alliance_id, title, category, actielijn, owner_id, reporter_id, rung_entered_at, last_progress_at, status, rung)
         VALUES ($1, $2, 'UITVOERING', 'MEEDOEN', $3, $3, now(), now(), 'OPEN', 'PROGRAMMABUREAU') RETURNING id`,
        [alliance.id, `Telt mee ${row}`, owner.id],
      );
      extra.push(inserted.id);
    }
    // Each insert added one waiting row: without a fold there would be waitingBefore + 64.
    expect(await waiting()).toBeLessThan(waitingBefore + 64);
    const after = await overviewAndItems();
    expect(after.overview).toEqual(after.expected);
    const row = (overview: Overview[]) => overview.find((entry) => entry.allianceSlug === 'rotterdam-zuid');
    expect(row(after.overview)?.open).toBe((row(before.overview)?.open ?? 0) + extra.length);
  });

  it('counts for an alliance member only their alliance, and confidential items only for who may read them', async () => {
    const [alliance]: { id: string }[] = await db.dataSource.query(`SELECT id FROM alliance WHERE slug = 'rotterdam-zuid'`);
    const [owner]: { id: string }[] = await db.dataSource.query(`SELECT id FROM person WHERE email = 'programmadirecteur.rotterdam-zuid@demo.doorbraak.nl'`);
    await db.dataSource.query(
      `INSERT INTO vastloper (alliance_id, title, category, actielijn, owner_id, reporter_id, rung_entered_at, last_progress_at, status, rung, confidential)
       VALUES ($1, 'Vertrouwelijk in het overzicht', 'VEILIGHEID', 'VEILIGHEID', $2, $2, now(), now(), 'OPEN', 'ALLIANTIE', true)`,
      [alliance.id, owner.id],
    );
    const director = await overviewAs('programmadirecteur.rotterdam-zuid@demo.doorbraak.nl');
    const partner = await overviewAs('partner.rotterdam-zuid@demo.doorbraak.nl');
    expect(director.map((row) => row.allianceSlug)).toEqual(['rotterdam-zuid']);
    expect(partner.map((row) => row.allianceSlug)).toEqual(['rotterdam-zuid']);
    const [{ count: confidential }]: { count: number }[] = await db.dataSource.query(
      `SELECT count(*)::int AS count FROM vastloper WHERE alliance_id = $1 AND confidential AND status IN ('OPEN', 'IN_BEHANDELING')`,
      [alliance.id],
    );
    expect(director[0].open - partner[0].open).toBe(confidential);
    expect(confidential).toBeGreaterThan(0);
  });
});
