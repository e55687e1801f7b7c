import type { INestApplication } from '@nestjs/common';
import { addWorkingDays } from '@doorbraak/domain';
import { PREPARED_MARK } from '@doorbraak/server-core';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, errorCode, graphqlData, graphqlRequest, nodesOf, QueryCounter, signIn, startTestApi, type GraphqlResult, type TestDatabase } from '@doorbraak/server-testing';

const FIELDS = `id title status rung category actielijn owningMinistry legalReference remedy confidential
  lastProgressAt nextEscalationAt earlyWarningAt acknowledgedAt resolvedAtRung`;
const CREATE = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateVastloperInput!) { updateVastloper(input: $input) { ${FIELDS} } }`;
const DETAIL = `query ($id: ID!) { vastloper(id: $id) { ${FIELDS}
  alliance { name } owner { name } reporter { name }
  progressUpdates { edges { node { text author { name } } } }
  timeline { edges { node { fromRung toRung cause reason actor { name } agendaItemId } } }
  doorbraken { title }
  agendaItems { edges { node { meetingType title source } } }
} }`;
const LIST = `query ($first: Int, $after: String, $filter: VastloperFilter) {
  vastlopers(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id title status rung confidential } }
  } }`;
const ITEM = `... on Vastloper { id status rung acknowledgedAt } ... on Doorbraak { id doorbraakStatus: status doorbraakRung: rung }`;
const ACKNOWLEDGE = `mutation ($id: ID!) { acknowledge(itemId: $id) { ${ITEM} } }`;
const ESCALATE = `mutation ($id: ID!, $reason: String!) { escalate(itemId: $id, reason: $reason) { ${ITEM} } }`;
const DE_ESCALATE = `mutation ($id: ID!, $reason: String!) { deEscalate(itemId: $id, reason: $reason) { ${ITEM} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdraw(itemId: $id, reason: "Dubbel gemeld") { ${ITEM} } }`;
const PROGRESS = `mutation ($id: ID!, $text: String!) { addProgress(itemId: $id, text: $text) { id at author { name } } }`;
const PARK = `mutation ($id: ID!, $until: DateTime!) { park(id: $id, until: $until, reason: "Wacht op VWS") { status parkedUntil nextEscalationAt } }`;
const UNPARK = `mutation ($id: ID!) { unpark(id: $id) { status parkedUntil nextEscalationAt } }`;
const RESOLVE = `mutation ($id: ID!, $doorbraakId: ID) {
  resolveVastloper(id: $id, resolution: "Maatwerk toegestaan", doorbraakId: $doorbraakId) { status resolvedAtRung resolution } }`;
const DOORBRAKEN = `query ($first: Int, $after: String, $filter: DoorbraakFilter) {
  doorbraken(first: $first, after: $after, filter: $filter) { totalCount pageInfo { endCursor hasNextPage } edges { node { id title } } }
}`;
const CREATE_DOORBRAAK = `mutation ($input: CreateDoorbraakInput!) { createDoorbraak(input: $input) { id status rung nextEscalationAt } }`;
const UPDATE_DOORBRAAK = `mutation ($input: UpdateDoorbraakInput!) { updateDoorbraak(input: $input) { id status rung achievedAtRung nextEscalationAt } }`;
const LADDER = `mutation ($allianceId: ID!, $rungs: [RungSettingInput!]!) {
  updateEscalationLadder(allianceId: $allianceId, rungs: $rungs) { rung unit workingDays duration overridden } }`;
const FAILURES = `{ escalationFailures { edges { node { jobId failedReason } } } }`;

type Vastloper = {
  id: string;
  title: string;
  status: string;
  rung: string;
  lastProgressAt: string;
  nextEscalationAt: string | null;
  earlyWarningAt: string | null;
  acknowledgedAt: string | null;
  resolvedAtRung: string | null;
  [field: string]: unknown;
};

type Connection<T> = { edges: { node: T }[] };

const email = (role: string, slug?: string) => `${role}${slug ? `.${slug}` : ''}@demo.doorbraak.nl`;
const reasonOf = (result: GraphqlResult<unknown>) => result.body.errors?.[0]?.extensions?.['reason'];

describe('vastlopers and doorbraken over GraphQL', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let url: string;
  const counter = new QueryCounter();
  const token: Record<string, string> = {};
  const alliance: Record<string, string> = {};

  const as = (who: string) => ({ token: token[who] });
  const newVastloper = async (input: Record<string, unknown> = {}, who = 'director'): Promise<Vastloper> =>
    (
      await graphqlData<{ createVastloper: Vastloper }>(
        url,
        CREATE,
        {
          input: {
            allianceId: alliance['rotterdam-zuid'],
            title: 'Jongeren zonder startkwalificatie vallen buiten de regeling',
            category: 'WET_EN_REGELGEVING',
            actielijn: 'MEEDOEN',
            ...input,
          },
        },
        as(who),
      )
    ).createVastloper;
  const count = async (table: string): Promise<number> =>
    Number(((await db.dataSource.query(`SELECT count(*) FROM ${table}`)) as { count: string }[])[0].count);

  // Three progress notes, and three moves (up, down, up again): an agenda item on the next alliance meeting.
  const vastloperWithHistory = async (): Promise<Vastloper> => {
    const item = await newVastloper();
    for (const text of ['Eerste overleg.', 'Tweede overleg.', 'Derde overleg.']) {
      await graphqlData(url, PROGRESS, { id: item.id, text }, as('director'));
    }
    await graphqlData(url, ESCALATE, { id: item.id, reason: 'Vraagt een bestuurlijk besluit' }, as('director'));
    await graphqlData(url, DE_ESCALATE, { id: item.id, reason: 'Toch lokaal op te lossen' }, as('director'));
    await graphqlData(url, ESCALATE, { id: item.id, reason: 'Toch een besluit nodig' }, as('director'));
    return item;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    const rows: { slug: string; id: string }[] = await db.dataSource.query('SELECT slug, id FROM alliance');
    for (const row of rows) {
      alliance[row.slug] = row.id;
    }
    ({ app, url } = await startTestApi(db.appUrl, { counter }));
    const accounts: Record<string, string> = {
      director: email('programmadirecteur', 'rotterdam-zuid'),
      partner: email('partner', 'rotterdam-zuid'),
      otherPartner: email('partner', 'delft-west'),
      rv: email('rijksvertegenwoordiger', 'rotterdam-zuid'),
      coordinator: email('coordinator'),
      admin: email('admin'),
    };
    for (const [who, address] of Object.entries(accounts)) {
      token[who] = (await signIn(url, address)).token;
    }
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('logs a typed blocker with its legal reference, ministry and remedy, stalling after 15 working days', async () => {
    const before = Date.now();
    const created = await newVastloper({
      title: '  Participatiewet belemmert maatwerk voor statushouders  ',
      legalReference: 'Participatiewet art. 31',
      owningMinistry: 'SZW',
      remedy: 'EXPERIMENTEERBEPALING',
    });
    expect(created).toEqual(
      expect.objectContaining({
        title: 'Participatiewet belemmert maatwerk voor statushouders',
        status: 'OPEN',
        rung: 'PROGRAMMABUREAU',
        legalReference: 'Participatiewet art. 31',
        owningMinistry: 'SZW',
        remedy: 'EXPERIMENTEERBEPALING',
        confidential: false,
      }),
    );
    const start = new Date(created.lastProgressAt);
    expect(start.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(created.nextEscalationAt).toBe(addWorkingDays(start, 15).toISOString());
    expect(created.earlyWarningAt).toBe(addWorkingDays(start, 12).toISOString());
    const audit: { operation: string; request_id: string | null }[] = await db.dataSource.query(
      `SELECT operation, request_id FROM audit_entry WHERE entity_id = $1`,
      [created.id],
    );
    expect(audit).toEqual([{ operation: 'createVastloper', request_id: expect.any(String) }]);
  });

  it('refuses bad input with a stable code and changes nothing', async () => {
    const before = { vastlopers: await count('vastloper'), audit: await count('audit_entry'), settings: await count('escalation_rung_setting') };
    const create = (input: Record<string, unknown>) =>
      graphqlRequest(
        url,
        CREATE,
        { input: { allianceId: alliance['rotterdam-zuid'], title: 'Titel', category: 'OVERIG', actielijn: 'MEEDOEN', ...input } },
        as('director'),
      );
    const empty = await create({ title: '   ' });
    expect([errorCode(empty), reasonOf(empty)]).toEqual(['BAD_USER_INPUT', 'TITLE_REQUIRED']);
    const long = await create({ title: 'x'.repeat(201) });
    expect([errorCode(long), reasonOf(long)]).toEqual(['BAD_USER_INPUT', 'TITLE_TOO_LONG']);
    expect(errorCode(await create({ title: 'é'.repeat(200) }))).toBeUndefined();
    const unknown = await create({ allianceId: '00000000-0000-4000-8000-000000000000' });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const notAnId = await create({ allianceId: 'rotterdam' });
    expect([errorCode(notAnId), reasonOf(notAnId)]).toEqual(['BAD_USER_INPUT', 'INVALID_ID']);
    const unknownItem = await graphqlRequest(url, ACKNOWLEDGE, { id: '00000000-0000-4000-8000-000000000000' }, as('director'));
    expect(errorCode(unknownItem)).toBe('NOT_FOUND');

    const item = await newVastloper();
    const parkedInPast = await graphqlRequest(url, PARK, { id: item.id, until: new Date(Date.now() - 60_000).toISOString() }, as('director'));
    expect([errorCode(parkedInPast), reasonOf(parkedInPast)]).toEqual(['BAD_USER_INPUT', 'PARK_DATE_IN_PAST']);
    const notIso = await graphqlRequest(
      url,
      LADDER,
      { allianceId: alliance['rotterdam-zuid'], rungs: [{ rung: 'ALLIANTIE', duration: 'twee weken' }] },
      as('director'),
    );
    expect([errorCode(notIso), reasonOf(notIso)]).toEqual(['BAD_USER_INPUT', 'INVALID_DURATION']);
    const both = await graphqlRequest(
      url,
      LADDER,
      { allianceId: alliance['rotterdam-zuid'], rungs: [{ rung: 'ALLIANTIE', duration: 'PT1M', workingDays: 3 }] },
      as('director'),
    );
    expect(reasonOf(both)).toBe('INVALID_STALL_TIME');
    const badPage = await graphqlRequest(url, LIST, { first: 0 }, as('director'));
    expect(reasonOf(badPage)).toBe('INVALID_PAGE_SIZE');
    const badCursor = await graphqlRequest(url, LIST, { first: 5, after: 'bm9wZQ' }, as('director'));
    expect(reasonOf(badCursor)).toBe('INVALID_CURSOR');

    // Only the two items created above were written (one per create that passed), nothing else.
    expect(await count('vastloper')).toBe(before.vastlopers + 2);
    expect(await count('audit_entry')).toBe(before.audit + 2);
    expect(await count('escalation_rung_setting')).toBe(before.settings);
    expect((await graphqlData<{ vastloper: Vastloper }>(url, DETAIL, { id: item.id }, as('director'))).vastloper.status).toBe('OPEN');
  });

  it('refuses invalid transitions with a stable code', async () => {
    const item = await newVastloper();
    const acknowledged = await graphqlData<{ acknowledge: Vastloper }>(url, ACKNOWLEDGE, { id: item.id }, as('director'));
    expect(acknowledged.acknowledge).toEqual(expect.objectContaining({ status: 'IN_BEHANDELING', acknowledgedAt: expect.any(String) }));
    const twice = await graphqlRequest(url, ACKNOWLEDGE, { id: item.id }, as('director'));
    expect([errorCode(twice), reasonOf(twice)]).toEqual(['INVALID_TRANSITION', 'ALREADY_ACKNOWLEDGED']);
    const down = await graphqlRequest(url, DE_ESCALATE, { id: item.id, reason: 'Terug' }, as('director'));
    expect(reasonOf(down)).toBe('ALREADY_AT_BOTTOM');
    const noReason = await graphqlRequest(url, ESCALATE, { id: item.id, reason: ' ' }, as('director'));
    expect([errorCode(noReason), reasonOf(noReason)]).toEqual(['BAD_USER_INPUT', 'REASON_REQUIRED']);
    await graphqlData(url, RESOLVE, { id: item.id }, as('director'));
    const again = await graphqlRequest(url, RESOLVE, { id: item.id }, as('director'));
    expect([errorCode(again), reasonOf(again)]).toEqual(['INVALID_TRANSITION', 'INVALID_TRANSITION']);
    const unpark = await graphqlRequest(url, UNPARK, { id: item.id }, as('director'));
    expect(reasonOf(unpark)).toBe('INVALID_TRANSITION');
  });

  it('keeps the stall clock on a title edit, and restarts it on progress', async () => {
    const item = await newVastloper();
    const { updateVastloper } = await graphqlData<{ updateVastloper: Vastloper }>(
      url,
      UPDATE,
      { input: { id: item.id, title: 'Een betere titel', remedy: 'MAATWERK' } },
      as('director'),
    );
    expect(updateVastloper).toEqual(
      expect.objectContaining({ title: 'Een betere titel', lastProgressAt: item.lastProgressAt, nextEscalationAt: item.nextEscalationAt }),
    );
    const { addProgress } = await graphqlData<{ addProgress: { at: string; author: { name: string } } }>(
      url,
      PROGRESS,
      { id: item.id, text: 'Overleg met de gemeente gehad.' },
      as('partner'),
    );
    const { vastloper } = await graphqlData<{ vastloper: Vastloper & { progressUpdates: Connection<{ text: string }> } }>(
      url,
      DETAIL,
      { id: item.id },
      as('director'),
    );
    expect(vastloper.lastProgressAt).toBe(addProgress.at);
    expect(vastloper.nextEscalationAt).toBe(addWorkingDays(new Date(addProgress.at), 15).toISOString());
    expect(nodesOf(vastloper.progressUpdates).map((update) => update.text)).toEqual(['Overleg met de gemeente gehad.']);
  });

  it('escalates by hand onto the next alliance meeting, de-escalates off its draft agenda, and shows the timeline', async () => {
    const item = await newVastloper();
    const { escalate } = await graphqlData<{ escalate: Vastloper }>(url, ESCALATE, { id: item.id, reason: 'Vraagt een bestuurlijk besluit' }, as('director'));
    expect(escalate).toEqual(expect.objectContaining({ rung: 'ALLIANTIE', status: 'OPEN' }));
    const placed = await graphqlData<{ vastloper: { agendaItems: Connection<{ meetingType: string; source: string }> } }>(url, DETAIL, { id: item.id }, as('director'));
    expect(nodesOf(placed.vastloper.agendaItems)).toEqual([expect.objectContaining({ meetingType: 'ALLIANTIE', source: 'ESCALATION' })]);
    const { deEscalate } = await graphqlData<{ deEscalate: Vastloper }>(url, DE_ESCALATE, { id: item.id, reason: 'Toch lokaal op te lossen' }, as('director'));
    expect(deEscalate.rung).toBe('PROGRAMMABUREAU');
    const { vastloper } = await graphqlData<{
      vastloper: {
        timeline: Connection<{ cause: string; toRung: string; reason: string; actor: { name: string } | null; agendaItemId: string | null }>;
        agendaItems: Connection<{ meetingType: string; source: string }>;
      };
    }>(url, DETAIL, { id: item.id }, as('director'));
    expect(nodesOf(vastloper.timeline)).toEqual([
      expect.objectContaining({ cause: 'MANUAL', toRung: 'ALLIANTIE', reason: 'Vraagt een bestuurlijk besluit' }),
      expect.objectContaining({ cause: 'DE_ESCALATED', toRung: 'PROGRAMMABUREAU', reason: 'Toch lokaal op te lossen', agendaItemId: null }),
    ]);
    expect(nodesOf(vastloper.timeline)[0].actor?.name).toBeTruthy();
    // Back at the programme bureau, it is no longer on the alliance's draft agenda.
    expect(nodesOf(vastloper.agendaItems)).toEqual([]);
  });

  it('parks an item until a date, with the clock stopped, and picks it up again', async () => {
    const item = await newVastloper();
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const { park } = await graphqlData<{ park: Vastloper & { parkedUntil: string } }>(url, PARK, { id: item.id, until }, as('director'));
    expect(park).toEqual({ status: 'GEPARKEERD', parkedUntil: until, nextEscalationAt: null });
    const { unpark } = await graphqlData<{ unpark: Vastloper & { parkedUntil: string | null } }>(url, UNPARK, { id: item.id }, as('director'));
    expect(unpark).toEqual(expect.objectContaining({ status: 'OPEN', parkedUntil: null, nextEscalationAt: expect.any(String) }));
  });

  it('runs a doorbraak from idea to achieved, and resolves a vastloper with it', async () => {
    const { createDoorbraak } = await graphqlData<{ createDoorbraak: { id: string; status: string; rung: string | null } }>(
      url,
      CREATE_DOORBRAAK,
      { input: { allianceId: alliance['rotterdam-zuid'], title: 'Eén loket voor jongeren', kind: 'INITIATIEF' } },
      as('director'),
    );
    expect(createDoorbraak).toEqual(expect.objectContaining({ status: 'IDEE', rung: null }));
    const started = await graphqlData<{ updateDoorbraak: { status: string; rung: string; nextEscalationAt: string } }>(
      url,
      UPDATE_DOORBRAAK,
      { input: { id: createDoorbraak.id, status: 'LOPEND' } },
      as('director'),
    );
    expect(started.updateDoorbraak).toEqual(expect.objectContaining({ status: 'LOPEND', rung: 'PROGRAMMABUREAU', nextEscalationAt: expect.any(String) }));
    const backwards = await graphqlRequest(url, UPDATE_DOORBRAAK, { input: { id: createDoorbraak.id, status: 'IDEE' } }, as('director'));
    expect([errorCode(backwards), reasonOf(backwards)]).toEqual(['INVALID_TRANSITION', 'INVALID_STATUS']);

    const item = await newVastloper();
    await graphqlData(url, ESCALATE, { id: item.id, reason: 'Landelijke regel' }, as('director'));
    const { resolveVastloper } = await graphqlData<{ resolveVastloper: Vastloper & { resolution: string } }>(
      url,
      RESOLVE,
      { id: item.id, doorbraakId: createDoorbraak.id },
      as('director'),
    );
    expect(resolveVastloper).toEqual({ status: 'OPGELOST', resolvedAtRung: 'ALLIANTIE', resolution: 'Maatwerk toegestaan' });
    const { vastloper } = await graphqlData<{ vastloper: { doorbraken: { title: string }[]; timeline: Connection<{ cause: string }> } }>(
      url,
      DETAIL,
      { id: item.id },
      as('director'),
    );
    expect(vastloper.doorbraken).toEqual([{ title: 'Eén loket voor jongeren' }]);
    expect(nodesOf(vastloper.timeline).map((event) => event.cause)).toEqual(['MANUAL', 'RESOLVED']);

    const achieved = await graphqlData<{ updateDoorbraak: { status: string; rung: string | null; achievedAtRung: string } }>(
      url,
      UPDATE_DOORBRAAK,
      { input: { id: createDoorbraak.id, status: 'BEREIKT' } },
      as('director'),
    );
    expect(achieved.updateDoorbraak).toEqual(expect.objectContaining({ status: 'BEREIKT', rung: null, achievedAtRung: 'PROGRAMMABUREAU' }));
    // A doorbraak's detail reads the first pages of its lists in its own statement, as a vastloper's does; a
    // list asked for twice with different arguments reads through its loader, and answers the same.
    const detail = (extra: string) =>
      `query ($id: ID!) { doorbraak(id: $id) { timeline(first: 10) { edges { cursor node { at cause toRung } } } progressUpdates { edges { node { text } } } ${extra} } }`;
    counter.reset();
    const inOne = await graphqlData<{ doorbraak: { timeline: Connection<{ cause: string }> } }>(url, detail(''), { id: createDoorbraak.id }, as('director'));
    expect(counter.statements.filter((statement) => /"(escalation_event|progress_update)"/.test(statement))).toHaveLength(0);
    expect(nodesOf(inOne.doorbraak.timeline).length).toBeGreaterThan(0);
    const byLoaders = await graphqlData<{ doorbraak: { timeline: unknown; progressUpdates: unknown } }>(
      url,
      detail('more: timeline(first: 11) { edges { cursor } } moreProgress: progressUpdates(first: 3) { edges { cursor } }'),
      { id: createDoorbraak.id },
      as('director'),
    );
    expect({ timeline: byLoaders.doorbraak.timeline, progressUpdates: byLoaders.doorbraak.progressUpdates }).toEqual(inOne.doorbraak);
    const withdrawn = await graphqlData<{ withdraw: { status: string } }>(url, WITHDRAW, { id: (await newVastloper()).id }, as('director'));
    expect(withdrawn.withdraw.status).toBe('INGETROKKEN');
  });

  it('decides every operation by role and alliance, answering NOT_FOUND for what the caller may not see', async () => {
    const secret = await newVastloper({ title: 'Ondermijning in de haven', confidential: true });
    const open = await newVastloper({ title: 'Openbare vastloper' });

    const partnerCreate = await graphqlRequest(
      url,
      CREATE,
      { input: { allianceId: alliance['rotterdam-zuid'], title: 'x', category: 'OVERIG', actielijn: 'MEEDOEN' } },
      as('partner'),
    );
    expect(errorCode(partnerCreate)).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url, DETAIL, { id: secret.id }, as('partner')))).toBe('NOT_FOUND');
    expect(errorCode(await graphqlRequest(url, DETAIL, { id: open.id }, as('otherPartner')))).toBe('NOT_FOUND');
    expect(errorCode(await graphqlRequest(url, PROGRESS, { id: open.id, text: 'x' }, as('otherPartner')))).toBe('NOT_FOUND');
    expect(errorCode(await graphqlRequest(url, ESCALATE, { id: open.id, reason: 'x' }, as('partner')))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url, DETAIL, { id: secret.id }, as('admin')))).toBe('NOT_FOUND');
    expect((await graphqlData<{ vastloper: { title: string } }>(url, DETAIL, { id: secret.id }, as('rv'))).vastloper.title).toBe(
      'Ondermijning in de haven',
    );
    expect((await graphqlData<{ vastloper: { title: string } }>(url, DETAIL, { id: secret.id }, as('coordinator'))).vastloper.title).toBe(
      'Ondermijning in de haven',
    );

    const listed = async (who: string) =>
      (
        await graphqlData<{ vastlopers: { totalCount: number; edges: { node: { id: string; confidential: boolean } }[] } }>(
          url,
          LIST,
          { first: 100, filter: { allianceId: alliance['rotterdam-zuid'] } },
          as(who),
        )
      ).vastlopers;
    const partnerList = await listed('partner');
    expect(partnerList.edges.some((edge) => edge.node.confidential)).toBe(false);
    expect(partnerList.edges.some((edge) => edge.node.id === open.id)).toBe(true);
    expect((await listed('director')).totalCount).toBe(partnerList.totalCount + (await count(`vastloper WHERE confidential AND alliance_id = '${alliance['rotterdam-zuid']}'`)));
    expect((await listed('otherPartner')).totalCount).toBe(0);
    expect((await listed('admin')).totalCount).toBe(0);

    const partnerLadder = await graphqlRequest(url, LADDER, { allianceId: alliance['rotterdam-zuid'], rungs: [] }, as('partner'));
    expect(errorCode(partnerLadder)).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url, FAILURES, {}, as('director')))).toBe('FORBIDDEN');
    expect(await graphqlData<{ escalationFailures: { edges: unknown[] } }>(url, FAILURES, {}, as('admin'))).toEqual({ escalationFailures: { edges: expect.any(Array) } });
    expect(errorCode(await graphqlRequest(url, LIST, { first: 5 }))).toBe('UNAUTHENTICATED');
  });

  it("changes an alliance's ladder, and the open items follow without their history changing", async () => {
    const item = await newVastloper({}, 'director');
    const { updateEscalationLadder } = await graphqlData<{ updateEscalationLadder: { rung: string; unit: string; duration: string | null; overridden: boolean }[] }>(
      url,
      LADDER,
      { allianceId: alliance['rotterdam-zuid'], rungs: [{ rung: 'PROGRAMMABUREAU', duration: 'P2D' }] },
      as('director'),
    );
    expect(updateEscalationLadder[0]).toEqual({ rung: 'PROGRAMMABUREAU', unit: 'DURATION', duration: 'P2D', workingDays: null, overridden: true });
    expect(updateEscalationLadder.slice(1).every((setting) => !setting.overridden && setting.unit === 'WORKING_DAYS')).toBe(true);
    const { vastloper } = await graphqlData<{ vastloper: Vastloper }>(url, DETAIL, { id: item.id }, as('director'));
    expect(new Date(vastloper.nextEscalationAt as string).getTime() - new Date(vastloper.lastProgressAt).getTime()).toBeLessThanOrEqual(
      2 * 86_400_000 + 3_600_000,
    );
    await graphqlData(url, LADDER, { allianceId: alliance['rotterdam-zuid'], rungs: [] }, as('admin'));
    const restored = await graphqlData<{ vastloper: Vastloper }>(url, DETAIL, { id: item.id }, as('director'));
    expect(restored.vastloper.nextEscalationAt).toBe(item.nextEscalationAt);
  });

  it('pages through the list with cursors, filters it, and searches in Dutch', async () => {
    await newVastloper({ title: 'Huisvesting van statushouders loopt vast', category: 'HUISVESTING', owningMinistry: 'BZK' });
    const page = (variables: Record<string, unknown>) =>
      graphqlData<{ vastlopers: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; edges: { node: { id: string; title: string } }[] } }>(
        url,
        LIST,
        variables,
        as('director'),
      );
    const first = (await page({ first: 3, filter: { allianceId: alliance['rotterdam-zuid'] } })).vastlopers;
    expect(first.edges).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await page({ first: 3, after: first.pageInfo.endCursor, filter: { allianceId: alliance['rotterdam-zuid'] } })).vastlopers;
    expect(second.totalCount).toBe(first.totalCount);
    expect(second.edges.map((edge) => edge.node.id).some((id) => first.edges.some((edge) => edge.node.id === id))).toBe(false);

    // "statushouder" finds "statushouders": the dutch configuration stems both the same way.
    const found = (await page({ first: 10, filter: { search: 'statushouder', category: 'HUISVESTING', ministry: 'BZK' } })).vastlopers;
    expect(found.edges.map((edge) => edge.node.title)).toContain('Huisvesting van statushouders loopt vast');
    const none = (await page({ first: 10, filter: { search: 'zeppelin' } })).vastlopers;
    expect(none.totalCount).toBe(0);
    const byRung = (await page({ first: 100, filter: { rung: 'DOORBRAAKOVERLEG', statuses: ['OPEN'] } })).vastlopers;
    expect(byRung.totalCount).toBeGreaterThan(0);
    const stalled = (await page({ first: 100, filter: { stalledOnly: true } })).vastlopers;
    expect(stalled.totalCount).toBeGreaterThan(0);
    expect(stalled.totalCount).toBe(
      await count(
        `vastloper WHERE alliance_id = '${alliance['rotterdam-zuid']}' AND status IN ('OPEN', 'IN_BEHANDELING')
           AND (next_escalation_at <= now() OR overdue_at IS NOT NULL)`,
      ),
    );
  });

  it('orders the list by the longest without progress when asked, and pages through that order', async () => {
    type Page = { vastlopers: { edges: { node: { id: string; lastProgressAt: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
    const LIST = `query ($first: Int, $after: String) { vastlopers(first: $first, after: $after, orderBy: LONGEST_WITHOUT_PROGRESS, filter: { statuses: [OPEN, IN_BEHANDELING] }) {
      edges { node { id lastProgressAt } } pageInfo { endCursor hasNextPage } } }`;
    const whole = (await graphqlData<Page>(url, LIST, { first: 8 }, as('coordinator'))).vastlopers;
    const first = (await graphqlData<Page>(url, LIST, { first: 4 }, as('coordinator'))).vastlopers;
    const second = (await graphqlData<Page>(url, LIST, { first: 4, after: first.pageInfo.endCursor }, as('coordinator'))).vastlopers;
    const ids = whole.edges.map((edge) => edge.node.id);
    expect(ids).toHaveLength(8);
    expect([...first.edges, ...second.edges].map((edge) => edge.node.id)).toEqual(ids);
    const moments = whole.edges.map((edge) => Date.parse(edge.node.lastProgressAt));
    expect(moments).toEqual([...moments].sort((left, right) => left - right));
    const newest = (await graphqlData<Page>(url, LIST.replace('LONGEST_WITHOUT_PROGRESS', 'NEWEST'), { first: 8 }, as('coordinator'))).vastlopers;
    expect(newest.edges.map((edge) => edge.node.id)).not.toEqual(ids);
  });

  it('pages through the doorbraken with cursors, newest first, and refuses a bad page the same way', async () => {
    const titles = ['Doorbraak paginering een', 'Doorbraak paginering twee', 'Doorbraak paginering drie'];
    for (const title of titles) {
      await graphqlData(url, CREATE_DOORBRAAK, { input: { allianceId: alliance['rotterdam-zuid'], title, kind: 'DOORBRAAK' } }, as('director'));
    }
    const page = (variables: Record<string, unknown>) =>
      graphqlData<{ doorbraken: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; edges: { node: { id: string; title: string } }[] } }>(
        url,
        DOORBRAKEN,
        { ...variables, filter: { search: 'paginering' } },
        as('director'),
      );
    const first = (await page({ first: 2 })).doorbraken;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await page({ first: 2, after: first.pageInfo.endCursor })).doorbraken;
    expect(second.totalCount).toBe(3);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((edge) => edge.node.title)).toEqual([...titles].reverse());

    expect(reasonOf(await graphqlRequest(url, DOORBRAKEN, { first: 101 }, as('director')))).toBe('INVALID_PAGE_SIZE');
    expect(reasonOf(await graphqlRequest(url, DOORBRAKEN, { first: 5, after: 'bm9wZQ' }, as('director')))).toBe('INVALID_CURSOR');
  });

  it('checks the caller once per request, and counts a list only when its total is asked for', async () => {
    const statements = async (query: string): Promise<number> => {
      counter.reset();
      await graphqlData(url, query, {}, as('coordinator'));
      return counter.count;
    };
    // Two statements for three root fields: the session checked with the caller's memberships, once, not
    // once per root field; and the person, read once through the request's loader.
    expect(await statements('{ a: me { id } b: me { email } c: me { name } }')).toBe(2);
    expect(counter.statements.filter((statement) => statement.includes('"auth_session"'))).toHaveLength(1);
    expect(counter.statements.filter((statement) => statement.includes('"membership"'))).toEqual(
      counter.statements.filter((statement) => statement.includes('"auth_session"')),
    );
    // The memberships with their alliances' names only when asked for.
    expect(await statements('{ me { name memberships { role allianceName } } }')).toBe(3);

    const page = await statements('{ vastlopers(first: 5) { edges { node { id } } } }');
    expect(await statements('{ vastlopers(first: 5) { totalCount edges { node { id } } } }')).toBe(page + 1);
  });

  it("pages an item's timeline, progress notes and agenda appearances with a cursor, and refuses a page over 100 or a cursor it did not give", async () => {
    type Page<T> = { edges: { cursor: string; node: T }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean }; totalCount: number };
    type Lists = { vastloper: { timeline: Page<{ cause: string; toRung: string }>; progressUpdates: Page<{ text: string }>; agendaItems: Page<{ meetingType: string }> } };
    const PAGED = `query ($id: ID!, $first: Int, $after: String) { vastloper(id: $id) {
      timeline(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { cause toRung } } }
      progressUpdates(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { text } } }
      agendaItems(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { meetingType } } }
    } }`;
    const item = await vastloperWithHistory();

    const first = (await graphqlData<Lists>(url, PAGED, { id: item.id, first: 2 }, as('director'))).vastloper;
    expect(nodesOf(first.timeline).map((event) => event.cause)).toEqual(['MANUAL', 'DE_ESCALATED']);
    expect(first.timeline).toEqual(expect.objectContaining({ totalCount: 3, pageInfo: { endCursor: first.timeline.edges[1].cursor, hasNextPage: true } }));
    expect(nodesOf(first.progressUpdates).map((update) => update.text)).toEqual(['Derde overleg.', 'Tweede overleg.']);
    expect(first.progressUpdates.pageInfo.hasNextPage).toBe(true);
    expect(first.agendaItems).toEqual(expect.objectContaining({ totalCount: 1, pageInfo: expect.objectContaining({ hasNextPage: false }) }));

    const TIMELINE_PAGE = `query ($id: ID!, $after: String) { vastloper(id: $id) { timeline(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { cause toRung } } } } }`;
    const timeline = await graphqlData<Lists>(url, TIMELINE_PAGE, { id: item.id, after: first.timeline.pageInfo.endCursor }, as('director'));
    expect(nodesOf(timeline.vastloper.timeline)).toEqual([{ cause: 'MANUAL', toRung: 'ALLIANTIE' }]);
    expect(timeline.vastloper.timeline.pageInfo.hasNextPage).toBe(false);
    const PROGRESS_PAGE = `query ($id: ID!, $after: String) { vastloper(id: $id) { progressUpdates(first: 2, after: $after) { edges { node { text } } } } }`;
    const progress = await graphqlData<Lists>(url, PROGRESS_PAGE, { id: item.id, after: first.progressUpdates.pageInfo.endCursor }, as('director'));
    expect(nodesOf(progress.vastloper.progressUpdates)).toEqual([{ text: 'Eerste overleg.' }]);

    const tooMany = await graphqlRequest(url, PAGED, { id: item.id, first: 101 }, as('director'));
    expect([errorCode(tooMany), reasonOf(tooMany)]).toEqual(['BAD_USER_INPUT', 'INVALID_PAGE_SIZE']);
    expect(tooMany.body.data).toBeNull();
    const notOurs = await graphqlRequest(url, PROGRESS_PAGE, { id: item.id, after: 'bm9wZQ' }, as('director'));
    expect([errorCode(notOurs), reasonOf(notOurs)]).toEqual(['BAD_USER_INPUT', 'INVALID_CURSOR']);
    // A cursor of the timeline does not fit the progress notes, which are sorted by other keys.
    const otherList = await graphqlRequest(url, PROGRESS_PAGE, { id: item.id, after: first.timeline.pageInfo.endCursor }, as('director'));
    expect(reasonOf(otherList)).toBe('INVALID_CURSOR');
  });

  it("reads the first page of every item's timeline for a whole list in one statement, each item its own page", async () => {
    type Event = { id: string };
    type List = { vastlopers: { edges: { node: { id: string; timeline: { totalCount: number; edges: { node: Event }[]; pageInfo: { hasNextPage: boolean } } } }[] } };
    const list = (first: number) =>
      `{ vastlopers(first: 20, filter: { rung: RIJKSVERTEGENWOORDIGER }) { edges { node { id timeline(first: ${first}) { totalCount edges { node { id } } pageInfo { hasNextPage } } } } } }`;
    const whole = await graphqlData<List>(url, list(5), {}, as('coordinator'));
    counter.reset();
    const paged = await graphqlData<List>(url, list(1), {}, as('coordinator'));
    // One for the pages; the totals were asked for too, and come in one more.
    expect(counter.statements.filter((statement) => statement.includes('"escalation_event"'))).toHaveLength(2);
    expect(paged.vastlopers.edges.map((edge) => edge.node.id)).toEqual(whole.vastlopers.edges.map((edge) => edge.node.id));
    paged.vastlopers.edges.forEach((edge, index) => {
      const all = nodesOf(whole.vastlopers.edges[index].node.timeline);
      expect(nodesOf(edge.node.timeline)).toEqual(all.slice(0, 1));
      expect(edge.node.timeline.pageInfo.hasNextPage).toBe(whole.vastlopers.edges[index].node.timeline.totalCount > 1);
    });
    expect(whole.vastlopers.edges.some((edge) => edge.node.timeline.edges.length > 1)).toBe(true);
  });

  it("reads the owner, alliance and last move a page shows in the page's own statement, as their loaders and resolvers would", async () => {
    type Shown = {
      id: string;
      stalled: boolean;
      overdueAtTop: boolean;
      owner: { name: string };
      alliance: { name: string };
      lastEscalation: { at: string; cause: string; toRung: string } | null;
    };
    const SHOWN = 'fragment Shown on Vastloper { id stalled overdueAtTop owner { name } alliance { name } lastEscalation { at cause toRung } }';
    counter.reset();
    const { vastlopers } = await graphqlData<{ vastlopers: { edges: { node: Shown }[] } }>(
      url,
      `{ vastlopers(first: 40, filter: { rung: RIJKSVERTEGENWOORDIGER }) { edges { node { ...Shown } } } } ${SHOWN}`,
      {},
      as('coordinator'),
    );
    // The session with the caller's memberships, and the page; both prepared, as they run on every request.
    expect(counter.count).toBe(2);
    expect(counter.statements.every((statement) => statement.startsWith(PREPARED_MARK))).toBe(true);
    expect(vastlopers.edges.some((edge) => edge.node.lastEscalation !== null)).toBe(true);
    expect(vastlopers.edges.some((edge) => edge.node.stalled)).toBe(true);
    for (const { node } of [...vastlopers.edges.slice(0, 4), ...vastlopers.edges.filter((edge) => edge.node.stalled).slice(0, 2)]) {
      const one = await graphqlData<{ vastloper: Shown }>(url, `query ($id: ID!) { vastloper(id: $id) { ...Shown } } ${SHOWN}`, { id: node.id }, as('coordinator'));
      expect(one.vastloper).toEqual(node);
    }
  });

  it("reads an item's owner and reporter in the item's own statement, the same people their loader reads", async () => {
    type Named = { id: string; name: string };
    const item = await newVastloper();
    await graphqlData(url, PROGRESS, { id: item.id, text: 'Gesprek met de corporatie gepland.' }, as('director'));
    counter.reset();
    const { vastloper } = await graphqlData<{ vastloper: { holder: Named; reporter: Named; progressUpdates: { edges: { node: { author: Named } }[] } } }>(
      url,
      `query ($id: ID!) { vastloper(id: $id) { holder: owner { id name } reporter { id name } progressUpdates { edges { node { author { id name } } } } } }`,
      { id: item.id },
      as('director'),
    );
    // The session, and the item with both people (an alias changes nothing) and its first page of progress
    // notes: their author, who owns the item, was met with it and is not read again.
    expect(counter.count).toBe(2);
    // The director logged it and owns it: the person `me` reads, and the one the list's loader reads as reporter.
    const { me } = await graphqlData<{ me: Named }>(url, '{ me { id name } }', {}, as('director'));
    expect(vastloper).toEqual({ holder: me, reporter: me, progressUpdates: { edges: [{ node: { author: me } }] } });
    const listed = await graphqlData<{ vastlopers: { edges: { node: { id: string; reporter: Named } }[] } }>(
      url,
      `{ vastlopers(first: 100) { edges { node { id reporter { id name } } } } }`,
      {},
      as('director'),
    );
    expect(listed.vastlopers.edges.find((edge) => edge.node.id === item.id)?.node.reporter).toEqual(me);
  });

  it("reads the first pages of a detail's lists in the item's own statement, the same pages their loaders read", async () => {
    const item = await vastloperWithHistory();
    const pages = (extra: string) => `query ($id: ID!) { vastloper(id: $id) {
      timeline(first: 2) { pageInfo { endCursor hasNextPage } edges { cursor node { at fromRung toRung cause reason actor { name } } } }
      progressUpdates(first: 2) { pageInfo { endCursor hasNextPage } edges { cursor node { at text author { name } } } }
      agendaItems(first: 2) { pageInfo { endCursor hasNextPage } edges { cursor node { meetingTitle meetingType scheduledAt title kind } } }
      ${extra} } }`;
    counter.reset();
    const { vastloper: inOne } = await graphqlData<{ vastloper: Record<string, unknown> }>(url, pages(''), { id: item.id }, as('director'));
    // The session and the item with its three pages; the people come through their loader.
    expect(counter.statements.filter((statement) => /"(escalation_event|progress_update|agenda_item)"/.test(statement))).toHaveLength(0);
    expect(counter.statements.filter((statement) => /escalation_event|progress_update|agenda_item/.test(statement))).toHaveLength(1);
    // Each list asked for twice with different arguments: every page then reads through its loader.
    const twice = 'more: timeline(first: 3) { edges { cursor } } moreProgress: progressUpdates(first: 3) { edges { cursor } } moreAgenda: agendaItems(first: 3) { edges { cursor } }';
    counter.reset();
    const { vastloper: byLoaders } = await graphqlData<{ vastloper: Record<string, unknown> }>(url, pages(twice), { id: item.id }, as('director'));
    expect(counter.statements.filter((statement) => /"(escalation_event|progress_update|agenda_item)"/.test(statement)).length).toBeGreaterThanOrEqual(6);
    expect({ timeline: byLoaders['timeline'], progressUpdates: byLoaders['progressUpdates'], agendaItems: byLoaders['agendaItems'] }).toEqual(inOne);
    expect(inOne).toEqual(
      expect.objectContaining({
        timeline: expect.objectContaining({ pageInfo: expect.objectContaining({ hasNextPage: true }) }),
        agendaItems: expect.objectContaining({ edges: [expect.objectContaining({ node: expect.objectContaining({ meetingType: 'ALLIANTIE' }) })] }),
      }),
    );
    // The page after the first one's last cursor continues it.
    const after = (inOne['timeline'] as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const next = await graphqlData<{ vastloper: { timeline: Connection<{ cause: string }> } }>(
      url,
      `query ($id: ID!, $after: String) { vastloper(id: $id) { timeline(first: 2, after: $after) { edges { node { cause } } } } }`,
      { id: item.id, after },
      as('director'),
    );
    expect(nodesOf(next.vastloper.timeline)).toEqual([{ cause: 'MANUAL' }]);
  });

  it('resolves every relation of a list in a fixed number of queries, not one per row', async () => {
    const query = `{ vastlopers(first: 30) { edges { node {
      alliance { name } owner { name } reporter { name }
      progressUpdates { edges { node { text author { name } } } } timeline { edges { node { cause actor { name } } } } doorbraken { title }
      agendaItems { edges { node { meetingTitle } } }
    } } } }`;
    counter.reset();
    const { vastlopers } = await graphqlData<{ vastlopers: { edges: { node: { timeline: Connection<unknown> } }[] } }>(url, query, {}, as('coordinator'));
    expect(vastlopers.edges).toHaveLength(30);
    expect(vastlopers.edges.some((edge) => edge.node.timeline.edges.length > 0)).toBe(true);
    expect(counter.count).toBeLessThanOrEqual(15);
  });

  it("reads each item's last escalation for a whole page in one statement: the newest entry of its timeline", async () => {
    type Event = { at: string; cause: string; toRung: string } | null;
    type Page = { vastlopers: { edges: { node: { lastEscalation: Event; timeline: Connection<Event> & { pageInfo: { hasNextPage: boolean } } } }[] } };
    const fields = 'edges { node { id lastEscalation { at cause toRung } timeline { pageInfo { hasNextPage } edges { node { at cause toRung } } } } }';
    const newest = await graphqlData<Page>(url, `{ vastlopers(first: 60) { ${fields} } }`, {}, as('coordinator'));
    const escalated = await graphqlData<Page>(url, `{ vastlopers(first: 60, filter: { rung: RIJKSVERTEGENWOORDIGER }) { ${fields} } }`, {}, as('coordinator'));
    const vastlopers = { edges: [...newest.vastlopers.edges, ...escalated.vastlopers.edges] };
    const withEvents = vastlopers.edges.filter((edge) => edge.node.timeline.edges.length > 0);
    expect(withEvents.length).toBeGreaterThan(0);
    expect(vastlopers.edges.some((edge) => edge.node.timeline.edges.length === 0 && edge.node.lastEscalation === null)).toBe(true);
    for (const { node } of vastlopers.edges) {
      // The seeded timelines fit in one page, so its last entry is the newest.
      expect(node.timeline.pageInfo.hasNextPage).toBe(false);
      expect(node.lastEscalation).toEqual(nodesOf(node.timeline).at(-1) ?? null);
    }
    counter.reset();
    await graphqlData(url, '{ vastlopers(first: 60) { edges { node { id lastEscalation { cause } } } } }', {}, as('coordinator'));
    expect(counter.statements.filter((statement) => statement.includes('"escalation_event"'))).toHaveLength(1);
  });
});
