import type { INestApplication } from '@nestjs/common';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, graphqlRequest, QueryCounter, signIn, startTestApi, type TestDatabase } from '@doorbraak/server-testing';

type FocusAreaRow = { slug: string; name: string; inhabitants: number; wijken: number; alliance: { name: string } | null };


describe('the API over HTTP, on the seeded demo data', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let url: string;
  let token: string;
  const counter = new QueryCounter();

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    ({ app, url } = await startTestApi(db.appUrl, { counter }));
    ({ token } = await signIn(url, 'coordinator@demo.doorbraak.nl'));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it("lists the 20 focus areas with the booklet's figures and their alliances", async () => {
    const { focusAreas } = await graphqlData<{ focusAreas: FocusAreaRow[] }>(
      url,
      '{ focusAreas { slug name inhabitants wijken alliance { name } } }',
    );
    expect(focusAreas).toHaveLength(20);
    expect(focusAreas.reduce((sum, area) => sum + area.inhabitants, 0)).toBe(1_114_833);
    expect(focusAreas[0]).toEqual(
      expect.objectContaining({ slug: 'amsterdam-nieuw-west', inhabitants: 161_000, wijken: 5 }),
    );
    expect(focusAreas.find((area) => area.slug === 'rotterdam-zuid')).toEqual(
      expect.objectContaining({ name: 'Rotterdam Zuid', inhabitants: 200_000, wijken: 7 }),
    );
    expect(focusAreas.every((area) => area.alliance && area.alliance.name.length > 0)).toBe(true);
  });

  it('finds one focus area by its slug', async () => {
    const { focusArea } = await graphqlData<{ focusArea: { name: string; municipality: string } }>(
      url,
      'query ($slug: String!) { focusArea(slug: $slug) { name municipality } }',
      { slug: 'heerlen-noord' },
    );
    expect(focusArea).toEqual({ name: 'Heerlen Noord', municipality: 'Heerlen' });
  });

  it('answers NOT_FOUND for an unknown slug', async () => {
    const { body } = await graphqlRequest(url, '{ focusArea(slug: "atlantis") { name } }');
    expect(body.data).toBeNull();
    expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(body.errors?.[0].message).toContain('atlantis');
  });

  it('answers BAD_USER_INPUT for an id that is not an id, and NOT_FOUND for an unknown one', async () => {
    const bad = await graphqlRequest(url, '{ alliance(id: "drop table") { name } }', {}, { token });
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await graphqlRequest(url, '{ alliance(id: "00000000-0000-4000-8000-000000000000") { name } }', {}, { token });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('answers GRAPHQL_VALIDATION_FAILED for a field that does not exist', async () => {
    const { status, body } = await graphqlRequest(url, '{ focusAreas { bestuurder } }');
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('resolves alliances with all their relations in as many queries for 20 alliances as for one', async () => {
    const fields = `
      id name
      focusArea { slug }
      chair { name jobTitle }
      partners { name type representatives { name } alliance { slug } }
      rijksvertegenwoordigers { ministry person { name } alliances { slug } }`;
    counter.reset();
    const { alliances } = await graphqlData<{
      alliances: {
        id: string;
        focusArea: { slug: string };
        chair: { name: string } | null;
        partners: { name: string; alliance: { slug: string } }[];
        rijksvertegenwoordigers: { ministry: string; person: { name: string }; alliances: { slug: string }[] }[];
      }[];
    }>(url, `{ alliances { ${fields} } }`, {}, { token });
    const forAll = counter.count;
    expect(alliances).toHaveLength(20);
    for (const alliance of alliances) {
      expect(alliance.chair?.name).toBeTruthy();
      expect(alliance.partners.length).toBeGreaterThan(0);
      expect(alliance.partners.every((partner) => partner.alliance.slug === alliance.focusArea.slug)).toBe(true);
      expect(alliance.rijksvertegenwoordigers).toHaveLength(1);
      expect(alliance.rijksvertegenwoordigers[0].alliances.map((a) => a.slug)).toContain(alliance.focusArea.slug);
    }

    counter.reset();
    await graphqlData(url, `query ($id: ID!) { alliance(id: $id) { ${fields} } }`, { id: alliances[0].id }, { token });
    // DataLoaders batch each relation into one query, so the count does not grow with the rows.
    expect(forAll).toBe(counter.count);
  });

  it('lists the partners of one alliance by name', async () => {
    const { focusArea } = await graphqlData<{ focusArea: { alliance: { id: string } } }>(
      url,
      '{ focusArea(slug: "zaandam-oost") { alliance { id } } }',
    );
    const { partners } = await graphqlData<{ partners: { name: string; type: string }[] }>(
      url,
      'query ($id: ID!) { partners(allianceId: $id) { name type } }',
      { id: focusArea.alliance.id },
      { token },
    );
    expect(partners.length).toBeGreaterThan(0);
    expect(partners.map((partner) => partner.name)).toEqual([...partners.map((partner) => partner.name)].sort());
  });

  it('lists one rijksvertegenwoordiger per alliance, each from one of the five ministries', async () => {
    const { rijksvertegenwoordigers } = await graphqlData<{
      rijksvertegenwoordigers: { ministry: string; alliances: { slug: string }[] }[];
    }>(url, '{ rijksvertegenwoordigers { ministry alliances { slug } } }', {}, { token });
    expect(rijksvertegenwoordigers).toHaveLength(20);
    expect(new Set(rijksvertegenwoordigers.flatMap((rv) => rv.alliances.map((a) => a.slug))).size).toBe(20);
    for (const rv of rijksvertegenwoordigers) {
      expect(['BZK', 'OCW', 'JenV', 'SZW', 'VWS']).toContain(rv.ministry);
    }
  });
});
