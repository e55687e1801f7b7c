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

  it('gives the national coordinator every area, with the same counts as the items themselves, overdue and stalled first', async () => {
    const coordinator = (await signIn(url, 'coordinator@demo.doorbraak.nl')).token;
    const overview = await overviewAs('coordinator@demo.doorbraak.nl');
    const [{ count }]: { count: number }[] = await db.dataSource.query(`SELECT count(*)::int AS count FROM alliance`);
    expect(overview).toHaveLength(count);

    const items: Item[] = [];
    for (let after: string | null = null, more = true; more; ) {
      const page: Page = await graphqlData<Page>(url, ITEMS, { after }, { token: coordinator });
      items.push(...page.vastlopers.edges.map((edge) => edge.node));
      ({ endCursor: after, hasNextPage: more } = page.vastlopers.pageInfo);
    }
    for (const row of overview) {
      const own = items.filter((item) => item.alliance.slug === row.allianceSlug);
      expect(row).toEqual({
        allianceSlug: row.allianceSlug,
        open: own.length,
        stalled: own.filter((item) => item.stalled).length,
        overdueAtTop: own.filter((item) => item.overdueAtTop).length,
        perRung: ['PROGRAMMABUREAU', 'ALLIANTIE', 'RIJKSVERTEGENWOORDIGER', 'INTERDEPARTEMENTAAL', 'DOORBRAAKOVERLEG'].map((rung) => ({
          rung,
          count: own.filter((item) => item.rung === rung).length,
        })),
      });
    }
    const order = overview.map((row) => [row.overdueAtTop, row.stalled]);
    expect(order).toEqual([...order].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
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
