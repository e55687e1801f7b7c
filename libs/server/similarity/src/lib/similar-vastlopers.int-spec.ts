import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import { createRedisConnection, JOBS, QUEUES } from '@doorbraak/server-core';
import { seedDemoData } from '@doorbraak/server-seed';
import { SimilarityJobsModule } from './similarity.module';
import { createTestDatabase, errorCode, graphqlData, graphqlRequest, obliterateQueues, signIn, startTestApi, startTestWorker, testConfig, testRedisUrl, waitFor, waitUntilIndexed, type TestDatabase } from '@doorbraak/server-testing';

type Reason = { kind: string; label: string; values: string[] };
type Match = { score: number; reasons: Reason[]; vastloper: { id: string; title: string; confidential: boolean; alliance: { id: string } } };

const CREATE = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;
const UPDATE = `mutation ($input: UpdateVastloperInput!) { updateVastloper(input: $input) { id } }`;
const SIMILAR = `query ($id: ID!, $first: Int) { vastloper(id: $id) { id similar(first: $first) { score reasons { kind label values } vastloper { id title confidential alliance { id } } } } }`;

const COORDINATOR = 'coordinator@demo.doorbraak.nl';
const director = (slug: string): string => `programmadirecteur.${slug}@demo.doorbraak.nl`;

describe('similar vastlopers in other alliances, kept current by the similarity job', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let url: string;
  const tokens: Record<string, string> = {};
  const alliances: Record<string, string> = {};

  const similarOf = async (token: string, id: string, first = 5): Promise<Match[]> =>
    (await graphqlData<{ vastloper: { similar: Match[] } }>(url, SIMILAR, { id, first }, { token })).vastloper.similar;
  const create = async (slug: string, input: Record<string, unknown>): Promise<string> =>
    (
      await graphqlData<{ createVastloper: { id: string } }>(
        url,
        CREATE,
        { input: { allianceId: alliances[slug], category: 'OVERIG', actielijn: 'SAMENHANGENDE_AANPAK', ...input } },
        { token: tokens[slug] },
      )
    ).createVastloper.id;
  const seededId = async (title: string): Promise<string> => {
    const [row]: { id: string }[] = await db.dataSource.query(`SELECT id FROM vastloper WHERE title = $1`, [title]);
    return row.id;
  };

  beforeAll(async () => {
    await obliterateQueues([QUEUES.similarity]);
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    for (const row of (await db.dataSource.query(`SELECT a.id, f.slug FROM alliance a JOIN focus_area f ON f.id = a.focus_area_id`)) as { id: string; slug: string }[]) {
      alliances[row.slug] = row.id;
    }
    const config = testConfig({ databaseUrl: db.appUrl });
    worker = await startTestWorker(config, [SimilarityJobsModule]);
    ({ app: api, url } = await startTestApi(db.appUrl));
    tokens['coordinator'] = (await signIn(url, COORDINATOR)).token;
    for (const slug of ['groningen-noord', 'delft-west', 'lelystad-oost']) {
      tokens[slug] = (await signIn(url, director(slug))).token;
    }
    await waitUntilIndexed(db.dataSource, 240_000);
  }, 300_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await obliterateQueues([QUEUES.similarity]);
    await db?.drop();
  });

  it('indexes the seeded items, and finds the knelpunten of different areas that are one cause', async () => {
    const matches = await similarOf(tokens['coordinator'], await seededId('Wetgeving verbiedt gegevensuitwisseling'));
    expect(matches.map((match) => match.vastloper.title)).toContain('Privacyregels blokkeren het delen van persoonsgegevens');
    const privacy = matches.find((match) => match.vastloper.title === 'Privacyregels blokkeren het delen van persoonsgegevens') as Match;
    expect(privacy.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'SAME_LAW', values: ['AVG'] })]));
    expect(privacy.score).toBeGreaterThan(0);
    expect(privacy.score).toBeLessThanOrEqual(1);
  });

  it("shows a new item's match within seconds, explained by the concept both name in their own words", async () => {
    const started = Date.now();
    const id = await create('groningen-noord', {
      title: 'Verhuurders mogen huizen enkel op basis van salaris verdelen',
      description: 'De regels laten de verhuurder niet kijken naar wat een nieuwe bewoner voor de buurt wil betekenen.',
    });
    const matches = await waitFor('the match of the new item', async () => {
      const found = await similarOf(tokens['coordinator'], id);
      return found.some((match) => match.vastloper.title === 'Woningtoewijzing alleen op inkomen') ? found : null;
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    const match = matches.find((candidate) => candidate.vastloper.title === 'Woningtoewijzing alleen op inkomen') as Match;
    expect(match.reasons).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'SHARED_CONCEPT', values: ['woningcorporatie', 'verhuurders', 'woningcorporaties'] })]),
    );
    expect(matches.every((candidate) => candidate.vastloper.alliance.id !== alliances['groningen-noord'])).toBe(true);
    // Symmetrically, the original now lists the new item too.
    const back = await similarOf(tokens['coordinator'], await seededId('Woningtoewijzing alleen op inkomen'), 20);
    expect(back.map((candidate) => candidate.vastloper.id)).toContain(id);
  });

  it('follows a change of the text, and drops the match the old text had', async () => {
    const id = await create('delft-west', {
      title: 'Jeugdarts mag school niet bellen over een leerling zonder akkoord van de ouders',
      description: 'Door de privacyregels delen jeugdarts en leerkracht geen signalen meer.',
    });
    const privacy = await seededId('Privacyregels blokkeren het delen van persoonsgegevens');
    const before = await waitFor('the privacy match', async () =>
      (await similarOf(tokens['coordinator'], id)).find((match) => match.vastloper.id === privacy),
    );
    await graphqlData(
      url,
      UPDATE,
      { input: { id, title: 'Geen ontbijt: kinderen komen met honger naar school', description: 'Leerlingen zitten met een lege maag in de klas.' } },
      { token: tokens['delft-west'] },
    );
    await waitUntilIndexed(db.dataSource, 20_000);
    const matches = await similarOf(tokens['coordinator'], id, 20);
    expect(matches.slice(0, 3).map((match) => match.vastloper.title)).toContain('Kinderen gaan zonder ontbijt naar school');
    // A school is still a school, but the privacy item is no longer a best match either way.
    expect(matches.slice(0, 5).map((match) => match.vastloper.id)).not.toContain(privacy);
    expect(matches.find((match) => match.vastloper.id === privacy)?.score ?? 0).toBeLessThan(before.score / 2);
    // From the privacy item's side the match is gone too. Not "out of its top 5": with few strong neighbours the
    // changed item can tie for fifth place with others (ties fall by id, which is random), so its score is what counts.
    const back = await similarOf(tokens['coordinator'], privacy, 20);
    expect(back.find((match) => match.vastloper.id === id)?.score ?? 0).toBeLessThan(before.score / 2);
  });

  it('returns only the matches the caller may see: not other alliances, not confidential items without the role', async () => {
    const id = await create('lelystad-oost', {
      title: 'Wijkagenten en jongerenwerkers vertrekken steeds na korte tijd',
      description: 'Frontlijnwerkers blijven maar een jaar, bewoners kennen geen vaste gezichten meer en informanten uit het criminele circuit maken misbruik van de wisselingen.',
      confidential: true,
    });
    const original = await seededId('Frontlijnwerkers als passanten');
    const viaCoordinator = await waitFor('the confidential match', async () => {
      const found = await similarOf(tokens['coordinator'], original, 20);
      return found.some((match) => match.vastloper.id === id) ? found : null;
    });
    expect(viaCoordinator.find((match) => match.vastloper.id === id)?.vastloper.confidential).toBe(true);

    // A partner of both alliances reads the original, but not the other alliance's confidential item.
    const [partner]: { id: string; email: string }[] = await db.dataSource.query(
      `SELECT id, email FROM person WHERE email = 'partner.zaandam-oost@demo.doorbraak.nl'`,
    );
    await db.dataSource.query(`INSERT INTO membership (person_id, alliance_id, role) VALUES ($1, $2, 'PARTNER_MEMBER')`, [partner.id, alliances['lelystad-oost']]);
    const partnerToken = (await signIn(url, partner.email)).token;
    const viaPartner = await similarOf(partnerToken, original, 20);
    expect(viaPartner.map((match) => match.vastloper.id)).not.toContain(id);

    // The area's own programme director sees no other alliance's items at all.
    const zaandamDirector = (await signIn(url, director('zaandam-oost'))).token;
    expect(await similarOf(zaandamDirector, original, 20)).toEqual([]);
  });

  it('refuses a page size outside 1..20 with a coded error', async () => {
    const id = await seededId('Wetgeving verbiedt gegevensuitwisseling');
    for (const first of [0, 21]) {
      const result = await graphqlRequest(url, SIMILAR, { id, first }, { token: tokens['coordinator'] });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    }
  });

  it('is idempotent: a refresh run again, or twice at once, leaves the same matches and no duplicates', async () => {
    await waitUntilIndexed(db.dataSource);
    const id = await seededId('Armoedeval: toeslagen vervallen bij meer werken');
    const rows = (): Promise<unknown[]> =>
      db.dataSource.query(`SELECT vastloper_id, similar_id, score, reasons FROM similar_vastloper ORDER BY vastloper_id, similar_id`);
    let before: unknown[] = [];
    const connection = createRedisConnection(testRedisUrl());
    const queue = new Queue(QUEUES.similarity, { connection });
    const eventsConnection = createRedisConnection(testRedisUrl());
    const events = new QueueEvents(QUEUES.similarity, { connection: eventsConnection });
    try {
      await events.waitUntilReady();
      const refresh = (suffix: string) => queue.add(JOBS.similarity.refresh, { vastloperId: id, changedAt: new Date().toISOString() }, { jobId: `retry-test-${suffix}` });
      // The first run brings the scores up to the current document frequencies; every later run changes nothing.
      await (await refresh('first')).waitUntilFinished(events, 20_000);
      before = await rows();
      const jobs = await Promise.all(['a', 'b', 'c'].map(refresh));
      await Promise.all(jobs.map((job) => job.waitUntilFinished(events, 20_000)));
    } finally {
      await events.close();
      await queue.close();
      connection.disconnect();
      eventsConnection.disconnect();
    }
    expect(await rows()).toEqual(before);
    const [{ duplicates }]: { duplicates: string }[] = await db.dataSource.query(
      `SELECT count(*) - count(DISTINCT (vastloper_id, similar_id)) AS duplicates FROM similar_vastloper`,
    );
    expect(Number(duplicates)).toBe(0);
  });
});
