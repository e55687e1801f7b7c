import type { INestApplication } from '@nestjs/common';
import { QUEUES } from '@doorbraak/server-core';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, graphqlRequest, obliterateQueues, signIn, signInDemoAccounts, startTestApi, type GraphqlResult, type TestDatabase } from '@doorbraak/server-testing';

type TimelineEntry = { kind: string; via: string | null; text: string | null; dossier: { id: string; title: string }; otherDossier: { id: string } | null };

const CREATE = `mutation ($input: CreateDossierInput!) { createDossier(input: $input) { id status } }`;
const CREATE_VASTLOPER = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;
const DOSSIER = `query ($id: ID!) { dossier(id: $id) {
  id title status outcome outcomeText mergedInto { id } splitFrom { id }
  vastlopers { id title } hiddenVastloperCount
  members { vastloper { id } joinedVia joinReason leftVia leaveReason fromDossier { id } toDossier { id } }
  notes { kind text author { id } }
  viewerCan { accept manageVastlopers addNote close } } }`;
const TIMELINE = `query ($id: ID!) { vastloper(id: $id) { id dossier { id } dossierTimeline { kind via text dossier { id title } otherDossier { id } actor { id } } } }`;
const LIST = `query ($filter: DossierFilter) { dossiers(first: 100, filter: $filter) { totalCount edges { node { id vastlopers { id } } } } }`;

const COORDINATOR = 'coordinator@demo.doorbraak.nl';
const ALLIANCES = ['groningen-noord', 'delft-west', 'lelystad-oost'] as const;
type Slug = (typeof ALLIANCES)[number];
const ROLES = ['programmadirecteur', 'rijksvertegenwoordiger', 'partner', 'burgemeester'] as const;
type Prefix = (typeof ROLES)[number];

describe('national dossiers', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let url: string;
  let coordinator: string;
  let tokens = new Map<string, string>();
  const people = new Map<string, string>();
  const alliances = new Map<Slug, string>();

  const tokenOf = (prefix: Prefix, slug: Slug): string => tokens.get(`${prefix}.${slug}`) as string;
  const personOf = (prefix: Prefix, slug: Slug): string => people.get(`${prefix}.${slug}@demo.doorbraak.nl`) as string;
  const as = <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => graphqlData<T>(url, query, variables, { token });
  const attempt = (token: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult<Record<string, unknown>>> =>
    graphqlRequest(url, query, variables, { token });

  let counter = 0;
  const vastloper = async (slug: Slug, fields: Record<string, unknown> = {}): Promise<string> =>
    (
      await as<{ createVastloper: { id: string } }>(tokenOf('programmadirecteur', slug), CREATE_VASTLOPER, {
        input: { allianceId: alliances.get(slug), title: `Dossiertest ${++counter}`, category: 'GEGEVENSDELING', actielijn: 'MEEDOEN', ...fields },
      })
    ).createVastloper.id;
  const dossier = async (vastloperIds: string[], title = `Dossier ${++counter}`, token = coordinator): Promise<string> =>
    (
      await as<{ createDossier: { id: string } }>(token, CREATE, {
        input: { title, cause: 'De AVG laat geen gegevensdeling tussen school, zorg en politie toe.', owningMinistry: 'JenV', vastloperIds },
      })
    ).createDossier.id;
  const timelineOf = async (id: string, token = coordinator): Promise<{ dossier: { id: string } | null; dossierTimeline: TimelineEntry[] }> =>
    (await as<{ vastloper: { dossier: { id: string } | null; dossierTimeline: TimelineEntry[] } }>(token, TIMELINE, { id })).vastloper;
  type DossierView = {
    id: string;
    status: string;
    outcome: string | null;
    mergedInto: { id: string } | null;
    splitFrom: { id: string } | null;
    vastlopers: { id: string }[];
    hiddenVastloperCount: number;
    members: { vastloper: { id: string }; joinedVia: string; leftVia: string | null; leaveReason: string | null; fromDossier: { id: string } | null; toDossier: { id: string } | null }[];
    notes: { kind: string; text: string }[];
    viewerCan: { accept: boolean; manageVastlopers: boolean; addNote: boolean; close: boolean };
  };
  const view = async (id: string, token = coordinator): Promise<DossierView> => (await as<{ dossier: DossierView }>(token, DOSSIER, { id })).dossier;
  const reasonOf = (result: GraphqlResult<unknown>): unknown => result.body.errors?.[0]?.extensions?.['reason'];
  const codeOf = (result: GraphqlResult<unknown>): unknown => result.body.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    await obliterateQueues([QUEUES.notifications]);
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    for (const row of (await db.dataSource.query(`SELECT a.id, f.slug FROM alliance a JOIN focus_area f ON f.id = a.focus_area_id`)) as { id: string; slug: Slug }[]) {
      alliances.set(row.slug, row.id);
    }
    for (const row of (await db.dataSource.query(`SELECT id, email FROM person`)) as { id: string; email: string }[]) {
      people.set(row.email, row.id);
    }
    ({ app: api, url } = await startTestApi(db.appUrl));
    coordinator = (await signIn(url, COORDINATOR)).token;
    tokens = await signInDemoAccounts(url, ROLES, ALLIANCES);
  }, 240_000);

  afterAll(async () => {
    await api?.close();
    await obliterateQueues([QUEUES.notifications]);
    await db?.drop();
  });

  it('keeps the lineage through a merge and a split: the vastloper shows every stay and why it moved', async () => {
    const [groningen, delft, lelystad] = [await vastloper('groningen-noord'), await vastloper('delft-west'), await vastloper('lelystad-oost')];
    const survivor = await dossier([groningen, delft], 'Gegevensdeling school, zorg en politie');
    const absorbed = await dossier([lelystad], 'Privacyregels rond jongeren');

    const merged = await as<{ mergeDossiers: { id: string } }>(coordinator, 'mutation ($s: ID!, $a: ID!) { mergeDossiers(survivorId: $s, absorbedId: $a, reason: "Eén oorzaak: de AVG") { id } }', {
      s: survivor,
      a: absorbed,
    });
    expect(merged.mergeDossiers.id).toBe(survivor);
    const closed = await view(absorbed);
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'MERGED_INTO', mergedInto: { id: survivor }, vastlopers: [{ id: lelystad }] });
    expect((await view(survivor)).vastlopers.map((v) => v.id).sort()).toEqual([groningen, delft, lelystad].sort());

    const split = await as<{ splitDossier: { id: string } }>(
      coordinator,
      'mutation ($id: ID!, $ids: [ID!]!) { splitDossier(dossierId: $id, vastloperIds: $ids, title: "Jeugdzorg apart", reason: "Vraagt een andere wet") { id } }',
      { id: survivor, ids: [lelystad] },
    );
    const part = split.splitDossier.id;
    expect(await view(part)).toMatchObject({ status: 'OPEN', splitFrom: { id: survivor }, vastlopers: [{ id: lelystad }] });
    const after = await view(survivor);
    expect(after.vastlopers.map((v) => v.id).sort()).toEqual([groningen, delft].sort());
    expect(after.members.find((member) => member.vastloper.id === lelystad)).toMatchObject({
      joinedVia: 'MERGE',
      fromDossier: { id: absorbed },
      leftVia: 'SPLIT',
      leaveReason: 'Vraagt een andere wet',
      toDossier: { id: part },
    });

    const { dossier: carrier, dossierTimeline } = await timelineOf(lelystad);
    expect(carrier).toEqual({ id: part });
    expect(dossierTimeline.map((entry) => [entry.kind, entry.via, entry.dossier.id, entry.otherDossier?.id ?? null, entry.text])).toEqual([
      ['JOINED', 'ADDED', absorbed, null, null],
      ['LEFT', 'MERGE', absorbed, survivor, 'Eén oorzaak: de AVG'],
      ['JOINED', 'MERGE', survivor, absorbed, 'Eén oorzaak: de AVG'],
      ['LEFT', 'SPLIT', survivor, part, 'Vraagt een andere wet'],
      ['JOINED', 'SPLIT', part, survivor, 'Vraagt een andere wet'],
    ]);

    await as(coordinator, 'mutation ($d: ID!, $v: ID!) { removeVastloperFromDossier(dossierId: $d, vastloperId: $v, reason: "Opgelost met lokaal maatwerk") { id } }', {
      d: survivor,
      v: groningen,
    });
    const removed = await timelineOf(groningen);
    expect(removed.dossier).toBeNull();
    expect(removed.dossierTimeline.at(-1)).toMatchObject({ kind: 'LEFT', via: 'REMOVED', text: 'Opgelost met lokaal maatwerk', dossier: { id: survivor } });
    // The history is appended to, never rewritten: both stays of the moved item are still there.
    const [{ count }]: { count: string }[] = await db.dataSource.query(`SELECT count(*) FROM dossier_membership WHERE vastloper_id = $1`, [lelystad]);
    expect(Number(count)).toBe(3);
  });

  it("puts a decision on every carried vastloper's timeline and tells each alliance's director and rijksvertegenwoordiger once", async () => {
    const items = [await vastloper('groningen-noord'), await vastloper('groningen-noord', { confidential: true }), await vastloper('delft-west')];
    const leaving = await vastloper('lelystad-oost');
    const id = await dossier([...items, leaving]);
    await as(coordinator, 'mutation ($d: ID!, $v: ID!) { removeVastloperFromDossier(dossierId: $d, vastloperId: $v, reason: "Hoort hier niet") { id } }', { d: id, v: leaving });

    const text = 'Besloten: het ministerie van JenV staat een experimenteerbepaling toe voor gegevensdeling in het zorg- en veiligheidshuis.';
    await as(coordinator, 'mutation ($d: ID!, $text: String!) { addDossierNote(dossierId: $d, kind: DECISION, text: $text) { id } }', { d: id, text });

    for (const item of items) {
      expect((await timelineOf(item)).dossierTimeline.filter((entry) => entry.kind === 'DECISION')).toEqual([expect.objectContaining({ text, dossier: expect.objectContaining({ id }) })]);
    }
    // Written after it left: not on its timeline.
    expect((await timelineOf(leaving)).dossierTimeline.map((entry) => entry.kind)).toEqual(['JOINED', 'LEFT']);

    const recipients: { recipientId: string; count: string }[] = await db.dataSource.query(
      `SELECT recipient_id AS "recipientId", count(*) FROM notification WHERE kind = 'DOSSIER_UPDATE' AND link = $1 GROUP BY recipient_id`,
      [`/dossiers/${id}`],
    );
    const expected = [
      personOf('programmadirecteur', 'groningen-noord'),
      personOf('rijksvertegenwoordiger', 'groningen-noord'),
      personOf('programmadirecteur', 'delft-west'),
      personOf('rijksvertegenwoordiger', 'delft-west'),
    ];
    expect(recipients.map((row) => row.recipientId).sort()).toEqual([...expected].sort());
    expect(recipients.every((row) => Number(row.count) === 1)).toBe(true);

    // The director finds it in their own notifications, linked to the dossier.
    const inbox = await as<{ notifications: { edges: { node: { kind: string; message: string; link: string } }[] } }>(
      tokenOf('programmadirecteur', 'groningen-noord'),
      '{ notifications(first: 50) { edges { node { kind message link } } } }',
    );
    expect(inbox.notifications.edges.map((edge) => edge.node).filter((notification) => notification.link === `/dossiers/${id}`)).toEqual([
      { kind: 'DOSSIER_UPDATE', message: expect.stringContaining('besluit: Besloten: het ministerie van JenV'), link: `/dossiers/${id}` },
    ]);

    // Closing records the outcome the same way, once more per person.
    await as(coordinator, 'mutation ($d: ID!) { closeDossier(id: $d, outcome: RESOLVED, text: "Experiment loopt in drie gebieden") { id } }', { d: id });
    const [{ count }]: { count: string }[] = await db.dataSource.query(`SELECT count(*) FROM notification WHERE kind = 'DOSSIER_UPDATE' AND link = $1`, [`/dossiers/${id}`]);
    expect(Number(count)).toBe(8);
    const closed = await view(id);
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'RESOLVED', viewerCan: { manageVastlopers: false, addNote: false, close: false } });
    expect(closed.vastlopers.map((v) => v.id).sort()).toEqual([...items].sort());
    expect((await timelineOf(items[0])).dossierTimeline.slice(-2).map((entry) => [entry.kind, entry.via])).toEqual([
      ['OUTCOME', null],
      ['LEFT', 'CLOSED'],
    ]);
    // Free again: a closed dossier no longer holds its vastlopers.
    await dossier([items[0]]);
  });

  it('never shows a partner a confidential vastloper through a dossier', async () => {
    const open = await vastloper('groningen-noord');
    const secret = await vastloper('groningen-noord', { confidential: true, title: 'Ondermijning: vastgoed als witwasroute' });
    const mixed = await dossier([open, secret]);
    const onlySecret = await dossier([await vastloper('groningen-noord', { confidential: true })]);
    const partner = tokenOf('partner', 'groningen-noord');

    const seen = await view(mixed, partner);
    expect(seen.vastlopers.map((v) => v.id)).toEqual([open]);
    // It is told that there is one more, not which.
    expect(seen.hiddenVastloperCount).toBe(1);
    expect(seen.members.map((member) => member.vastloper.id)).toEqual([open]);
    expect(seen.viewerCan).toEqual({ accept: false, manageVastlopers: false, addNote: false, close: false });
    expect(codeOf(await attempt(partner, DOSSIER, { id: onlySecret }))).toBe('NOT_FOUND');
    expect(codeOf(await attempt(partner, TIMELINE, { id: secret }))).toBe('NOT_FOUND');
    const listed = await as<{ dossiers: { edges: { node: { id: string; vastlopers: { id: string }[] } }[] } }>(partner, LIST, {
      filter: { allianceId: alliances.get('groningen-noord') },
    });
    expect(listed.dossiers.edges.map((edge) => edge.node.id)).toContain(mixed);
    expect(listed.dossiers.edges.map((edge) => edge.node.id)).not.toContain(onlySecret);
    expect(listed.dossiers.edges.flatMap((edge) => edge.node.vastlopers.map((v) => v.id))).not.toContain(secret);

    // The director of the alliance sees both; another alliance's director sees neither.
    const director = await view(mixed, tokenOf('programmadirecteur', 'groningen-noord'));
    expect(director.vastlopers.map((v) => v.id).sort()).toEqual([open, secret].sort());
    expect(director.hiddenVastloperCount).toBe(0);
    expect(codeOf(await attempt(tokenOf('programmadirecteur', 'delft-west'), DOSSIER, { id: mixed }))).toBe('NOT_FOUND');
  });

  it('lets a rijksvertegenwoordiger propose a dossier that the coordinator accepts', async () => {
    const rv = tokenOf('rijksvertegenwoordiger', 'delft-west');
    const own = await vastloper('delft-west');
    const proposal = await dossier([own], 'Sloop en nieuwbouw zonder dekking', rv);
    const proposed = await view(proposal, rv);
    expect(proposed).toMatchObject({ status: 'PROPOSED', viewerCan: { accept: false, manageVastlopers: false, addNote: true } });
    await as(rv, 'mutation ($d: ID!) { addDossierNote(dossierId: $d, kind: PROGRESS, text: "Gemeente en corporatie rekenen de onrendabele top door") { id } }', { d: proposal });
    // Not with another alliance's item, and not without any.
    const foreign = await attempt(rv, CREATE, { input: { title: 'X', cause: 'Y', owningMinistry: 'BZK', vastloperIds: [await vastloper('lelystad-oost')] } });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect(codeOf(await attempt(rv, CREATE, { input: { title: 'X', cause: 'Y', owningMinistry: 'BZK' } }))).toBe('FORBIDDEN');

    expect((await view(proposal)).viewerCan.accept).toBe(true);
    await as(coordinator, 'mutation ($d: ID!) { acceptDossier(id: $d) { id } }', { d: proposal });
    expect((await view(proposal)).status).toBe('OPEN');
    const operations: { operation: string; entity_type: string }[] = await db.dataSource.query(
      `SELECT operation, entity_type FROM audit_entry WHERE entity_id = $1 ORDER BY at`,
      [proposal],
    );
    expect(operations).toEqual([
      { operation: 'createDossier', entity_type: 'Dossier' },
      { operation: 'addDossierNote', entity_type: 'Dossier' },
      { operation: 'acceptDossier', entity_type: 'Dossier' },
    ]);
  });

  it('answers bad input with a coded error and changes nothing', async () => {
    const [a, b, c] = [await vastloper('groningen-noord'), await vastloper('delft-west'), await vastloper('lelystad-oost')];
    const first = await dossier([a, b]);
    // c is held by another open dossier.
    await dossier([c]);
    const closed = await dossier([]);
    await as(coordinator, 'mutation ($d: ID!) { closeDossier(id: $d, outcome: WITHDRAWN) { id } }', { d: closed });
    const state = async (): Promise<unknown> =>
      db.dataSource.query(
        `SELECT (SELECT json_agg(d ORDER BY id) FROM dossier d) AS dossiers,
                (SELECT json_agg(m ORDER BY id) FROM dossier_membership m) AS members,
                (SELECT count(*) FROM dossier_note) AS notes, (SELECT count(*) FROM audit_entry) AS audit,
                (SELECT count(*) FROM notification) AS notifications`,
      );
    const before = await state();
    const cases: [string, Record<string, unknown>, string, string][] = [
      [CREATE, { input: { title: '   ', cause: 'Oorzaak', owningMinistry: 'BZK' } }, 'BAD_USER_INPUT', 'TITLE_REQUIRED'],
      [CREATE, { input: { title: 'Titel', cause: ' ', owningMinistry: 'BZK' } }, 'BAD_USER_INPUT', 'TEXT_REQUIRED'],
      [CREATE, { input: { title: 'Titel', cause: 'Oorzaak', owningMinistry: 'BZK', vastloperIds: [c] } }, 'BAD_USER_INPUT', 'VASTLOPER_ALREADY_IN_DOSSIER'],
      [CREATE, { input: { title: 'Titel', cause: 'Oorzaak', owningMinistry: 'BZK', ministryOwnerId: first } }, 'BAD_USER_INPUT', 'PERSON_NOT_FOUND'],
      [CREATE, { input: { title: 'x'.repeat(201), cause: 'Oorzaak', owningMinistry: 'BZK' } }, 'BAD_USER_INPUT', 'TITLE_TOO_LONG'],
      ['mutation ($d: ID!, $v: ID!) { addVastloperToDossier(dossierId: $d, vastloperId: $v) { id } }', { d: first, v: c }, 'BAD_USER_INPUT', 'VASTLOPER_ALREADY_IN_DOSSIER'],
      ['mutation ($d: ID!, $v: ID!) { addVastloperToDossier(dossierId: $d, vastloperId: $v) { id } }', { d: 'nope', v: c }, 'BAD_USER_INPUT', 'INVALID_ID'],
      ['mutation ($d: ID!, $v: ID!) { addVastloperToDossier(dossierId: $d, vastloperId: $v) { id } }', { d: c, v: c }, 'NOT_FOUND', 'DOSSIER_NOT_FOUND'],
      ['mutation ($d: ID!, $v: ID!) { removeVastloperFromDossier(dossierId: $d, vastloperId: $v, reason: "  ") { id } }', { d: first, v: a }, 'BAD_USER_INPUT', 'TEXT_REQUIRED'],
      ['mutation ($d: ID!, $v: ID!) { removeVastloperFromDossier(dossierId: $d, vastloperId: $v, reason: "Weg") { id } }', { d: first, v: c }, 'BAD_USER_INPUT', 'VASTLOPER_NOT_IN_DOSSIER'],
      ['mutation ($s: ID!, $a: ID!) { mergeDossiers(survivorId: $s, absorbedId: $a) { id } }', { s: first, a: first }, 'BAD_USER_INPUT', 'SAME_DOSSIER'],
      ['mutation ($s: ID!, $a: ID!) { mergeDossiers(survivorId: $s, absorbedId: $a) { id } }', { s: first, a: closed }, 'INVALID_TRANSITION', 'DOSSIER_CLOSED'],
      ['mutation ($d: ID!, $ids: [ID!]!) { splitDossier(dossierId: $d, vastloperIds: $ids, title: "Deel") { id } }', { d: first, ids: [a, b] }, 'BAD_USER_INPUT', 'INVALID_SPLIT'],
      ['mutation ($d: ID!, $ids: [ID!]!) { splitDossier(dossierId: $d, vastloperIds: $ids, title: "Deel") { id } }', { d: first, ids: [] }, 'BAD_USER_INPUT', 'INVALID_SPLIT'],
      ['mutation ($d: ID!, $ids: [ID!]!) { splitDossier(dossierId: $d, vastloperIds: $ids, title: "Deel") { id } }', { d: first, ids: [c] }, 'BAD_USER_INPUT', 'VASTLOPER_NOT_IN_DOSSIER'],
      ['mutation ($d: ID!) { closeDossier(id: $d, outcome: MERGED_INTO) { id } }', { d: first }, 'BAD_USER_INPUT', 'INVALID_OUTCOME'],
      ['mutation ($d: ID!) { acceptDossier(id: $d) { id } }', { d: first }, 'INVALID_TRANSITION', 'DOSSIER_NOT_PROPOSED'],
      ['mutation ($d: ID!) { addDossierNote(dossierId: $d, kind: PROGRESS, text: "Nog iets") { id } }', { d: closed }, 'INVALID_TRANSITION', 'DOSSIER_CLOSED'],
      ['mutation ($d: ID!) { addDossierNote(dossierId: $d, kind: PROGRESS, text: " ") { id } }', { d: first }, 'BAD_USER_INPUT', 'TEXT_REQUIRED'],
      [LIST.replace('first: 100', 'first: 0'), {}, 'BAD_USER_INPUT', 'INVALID_PAGE_SIZE'],
      ['query { dossiers(after: "bogus") { totalCount } }', {}, 'BAD_USER_INPUT', 'INVALID_CURSOR'],
    ];
    for (const [query, variables, code, reason] of cases) {
      const result = await attempt(coordinator, query, variables);
      expect({ query, code: codeOf(result), reason: reasonOf(result) }).toEqual({ query, code, reason });
    }
    expect(await state()).toEqual(before);
  });

  it('lists the dossiers of one ministry, of one status, and those carrying a vastloper of one alliance, as the tables say', async () => {
    const ocw = (
      await as<{ createDossier: { id: string } }>(coordinator, CREATE, {
        input: { title: 'Leerplicht en zorg', cause: 'Thuiszitters vallen tussen onderwijs en zorg.', owningMinistry: 'OCW', vastloperIds: [await vastloper('lelystad-oost')] },
      })
    ).createDossier.id;
    const jenv = await dossier([await vastloper('delft-west')]);
    const ids = async (filter: Record<string, unknown>): Promise<string[]> =>
      (await as<{ dossiers: { edges: { node: { id: string } }[] } }>(coordinator, LIST, { filter })).dossiers.edges.map((edge) => edge.node.id).sort();
    const sql = async (text: string, params: unknown[]): Promise<string[]> => ((await db.dataSource.query(text, params)) as { id: string }[]).map((row) => row.id).sort();

    const ofOcw = await ids({ owningMinistry: 'OCW' });
    expect(ofOcw).toContain(ocw);
    expect(ofOcw).not.toContain(jenv);
    expect(ofOcw).toEqual(await sql(`SELECT id FROM dossier WHERE owning_ministry = $1`, ['OCW']));

    expect(await ids({ statuses: ['PROPOSED'] })).toEqual(await sql(`SELECT id FROM dossier WHERE status = $1`, ['PROPOSED']));

    const ofLelystad = await ids({ allianceId: alliances.get('lelystad-oost') });
    expect(ofLelystad).toContain(ocw);
    expect(ofLelystad).not.toContain(jenv);
    expect(ofLelystad).toEqual(
      await sql(
        `SELECT DISTINCT m.dossier_id AS id FROM dossier_membership m JOIN vastloper v ON v.id = m.vastloper_id
          WHERE v.alliance_id = $1 AND (m.left_at IS NULL OR m.left_via IN ('CLOSED', 'MERGE'))`,
        [alliances.get('lelystad-oost')],
      ),
    );
  });
});
