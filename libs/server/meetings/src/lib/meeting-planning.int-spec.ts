import type { INestApplication } from '@nestjs/common';
import { QUEUES } from '@doorbraak/server-core';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, graphqlRequest, obliterateQueues, QueryCounter, signIn, startTestApi, type TestDatabase } from '@doorbraak/server-testing';

// What the meetings screens ask of the API besides the meeting cycle itself: past meetings newest
// first, what the caller may do with a meeting, where its escalations go when it is cancelled, where
// the caller may plan, and the full address of the calendar feed.

const SLUG = 'rotterdam-zuid';
const OTHER = 'zaandam-oost';
const WEB_URL = 'https://doorbraak.example.nl';
const email = (role: string, slug = SLUG) => `${role}.${slug}@demo.doorbraak.nl`;

const PAGE = `query ($filter: MeetingFilter, $first: Int, $after: String) {
  meetings(filter: $filter, first: $first, after: $after) { edges { cursor node { id scheduledAt } } pageInfo { hasNextPage endCursor } } }`;
const PREVIEW = `query ($id: ID!) { meeting(id: $id) { status viewerCan { manage } escalationsMoveTo { id title scheduledAt } } }`;
const CANCEL = `mutation ($id: ID!, $reason: String) { cancelMeeting(meetingId: $id, reason: $reason) { status cancellationReason } }`;
const CREATE_MEETING = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const CREATE_VASTLOPER = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;
const ESCALATE = `mutation ($id: ID!) { escalate(itemId: $id, reason: "Loopt vast bij het programmabureau") { __typename } }`;
const PLANNING = `{ meetingPlanning { allianceId allianceName types } }`;

type MeetingsPage = {
  edges: { cursor: string; node: { id: string; scheduledAt: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
};

type Preview = {
  meeting: {
    status: string;
    viewerCan: { manage: boolean };
    escalationsMoveTo: { id: string; title: string; scheduledAt: string } | null;
  };
};

describe('the meetings screens over the API', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let url: string;
  const alliances: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const as = <T>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> =>
    graphqlData<T>(url, query, variables, { token: tokens[who] });
  const counter = new QueryCounter();
  const meetingsPage = async (who: string, variables: Record<string, unknown>, extra = ''): Promise<MeetingsPage> =>
    (await as<{ meetings: MeetingsPage }>(who, extra ? PAGE.replace('pageInfo {', `${extra} pageInfo {`) : PAGE, variables)).meetings;
  // Every id of a list, following the cursors page by page.
  const allPages = async (who: string, filter: Record<string, unknown>, first = 100): Promise<string[]> => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: MeetingsPage = await meetingsPage(who, { filter, first, after });
      ids.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    for (const row of (await db.dataSource.query(`SELECT slug, id FROM alliance`)) as { slug: string; id: string }[]) {
      alliances[row.slug] = row.id;
    }
    // Upcoming alliance meetings are drafts here, so "the next draft meeting" is known whatever day it runs.
    await db.dataSource.query(`UPDATE meeting SET status = 'DRAFT', agenda_published_at = NULL WHERE alliance_id = $1 AND scheduled_at > now()`, [
      alliances[SLUG],
    ]);
    ({ app, url } = await startTestApi(db.appUrl, { config: { webUrl: `${WEB_URL}/` }, counter }));
    const sessions = {
      director: email('programmadirecteur'),
      mayor: email('burgemeester'),
      otherDirector: email('programmadirecteur', OTHER),
      coordinator: 'coordinator@demo.doorbraak.nl',
    };
    for (const [who, address] of Object.entries(sessions)) {
      tokens[who] = (await signIn(url, address)).token;
    }
  });

  afterAll(async () => {
    await app?.close();
    await obliterateQueues([QUEUES.meetings, QUEUES.notifications]);
    await db?.drop();
  });

  it('lists the upcoming meetings first without a from filter, and pages past ones latest first without gaps or duplicates', async () => {
    // Six hundred old programmateams, years back: oldest first, they would fill every first page.
    await db.dataSource.query(
      `INSERT INTO meeting (type, alliance_id, title, scheduled_at, status)
       SELECT 'PROGRAMMATEAM', $1, 'Oud programmateam', now() - interval '3 years' - n * interval '1 day', 'MINUTES_APPROVED'
         FROM generate_series(1, 600) AS n`,
      [alliances[SLUG]],
    );
    const before = new Date();
    const first = await meetingsPage('director', { filter: { allianceId: alliances[SLUG] }, first: 100 });
    expect(first.edges.length).toBeGreaterThan(0);
    const soon = first.edges.map((edge) => Date.parse(edge.node.scheduledAt));
    expect(soon[0]).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(soon).toEqual([...soon].sort((x, y) => x - y));

    const now = new Date().toISOString();
    const expected: { id: string }[] = await db.dataSource.query(
      `SELECT id FROM meeting WHERE alliance_id = $1 AND scheduled_at <= $2 ORDER BY scheduled_at DESC, id DESC`,
      [alliances[SLUG], now],
    );
    expect(expected.length).toBeGreaterThan(600);
    // Only `to`: the past, latest first.
    const seen = await allPages('director', { allianceId: alliances[SLUG], to: now });
    expect(seen).toEqual(expected.map((row) => row.id));
    const total = await meetingsPage('director', { filter: { allianceId: alliances[SLUG], to: now }, first: 1 }, 'totalCount');
    expect(total.totalCount).toBe(expected.length);
  });

  it('pages the upcoming meetings soonest first across pages, also when asked for explicitly', async () => {
    const filter = { from: new Date().toISOString(), order: 'SOONEST_FIRST' };
    const whole = await meetingsPage('mayor', { filter, first: 100 });
    expect(whole.pageInfo.hasNextPage).toBe(false);
    expect(whole.edges.length).toBeGreaterThan(3);
    const times = whole.edges.map((edge) => Date.parse(edge.node.scheduledAt));
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(await allPages('mayor', filter, 3)).toEqual(whole.edges.map((edge) => edge.node.id));
  });

  it('refuses a page larger than 100 and a cursor it did not give out, with a coded error', async () => {
    const tooMany = await graphqlRequest(url, PAGE, { first: 101 }, { token: tokens['director'] });
    expect(tooMany.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_PAGE_SIZE' });
    const bogus = await graphqlRequest(url, PAGE, { first: 10, after: 'geen-cursor' }, { token: tokens['director'] });
    expect(bogus.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    const otherList = await as<{ actionItems: { pageInfo: { endCursor: string | null } } }>(
      'director',
      `{ actionItems(first: 1) { pageInfo { endCursor } } }`,
    );
    if (otherList.actionItems.pageInfo.endCursor) {
      const crossed = await graphqlRequest(url, PAGE, { first: 10, after: otherList.actionItems.pageInfo.endCursor }, { token: tokens['director'] });
      expect(crossed.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    }
  });

  it('pages the action items by due date, overdue first, and the decision register newest meeting first, without gaps or duplicates', async () => {
    // More than a page of each, with ties on the due date and on the meeting, which the id breaks.
    await db.dataSource.query(
      `INSERT INTO action_item (alliance_id, description, due_date)
       SELECT $1, 'Actiepunt ' || n, current_date + (n % 7 - 3)
         FROM generate_series(1, 130) AS n`,
      [alliances[SLUG]],
    );
    const [held]: { id: string }[] = await db.dataSource.query(
      `INSERT INTO meeting (type, alliance_id, title, scheduled_at, status)
       VALUES ('ALLIANTIE', $1, 'Veel besluiten', now() - interval '2 days', 'HELD') RETURNING id`,
      [alliances[SLUG]],
    );
    await db.dataSource.query(
      `INSERT INTO decision (meeting_id, text, created_at) SELECT $1, 'Besluit ' || n, now() - (n % 5) * interval '1 minute' FROM generate_series(1, 120) AS n`,
      [held.id],
    );
    type Page = { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    const follow = async (field: 'actionItems' | 'decisionRegister', filterType: string, filter: Record<string, unknown>, first: number): Promise<string[]> => {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const result: Record<string, Page> = await as<Record<string, Page>>(
          'director',
          `query ($filter: ${filterType}, $first: Int!, $after: String) { ${field}(filter: $filter, first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          { filter, first, after },
        );
        ids.push(...result[field].edges.map((edge) => edge.node.id));
        if (!result[field].pageInfo.hasNextPage) return ids;
        after = result[field].pageInfo.endCursor;
      }
    };

    const actions: { id: string }[] = await db.dataSource.query(
      `SELECT id FROM action_item WHERE alliance_id = $1 ORDER BY due_date, created_at, id`,
      [alliances[SLUG]],
    );
    expect(actions.length).toBeGreaterThan(130);
    expect(await follow('actionItems', 'ActionItemFilter', { allianceId: alliances[SLUG] }, 100)).toEqual(actions.map((row) => row.id));
    expect(await follow('actionItems', 'ActionItemFilter', { allianceId: alliances[SLUG] }, 7)).toEqual(actions.map((row) => row.id));

    const decisions: { id: string }[] = await db.dataSource.query(
      `SELECT id FROM decision WHERE meeting_id = $1 ORDER BY created_at DESC, id DESC`,
      [held.id],
    );
    expect(await follow('decisionRegister', 'DecisionRegisterFilter', { meetingId: held.id }, 50)).toEqual(decisions.map((row) => row.id));
    // A search next to the cursor: the search text is a query parameter of its own.
    expect(await follow('decisionRegister', 'DecisionRegisterFilter', { meetingId: held.id, text: 'Besluit' }, 50)).toEqual(decisions.map((row) => row.id));
    const register = await follow('decisionRegister', 'DecisionRegisterFilter', { allianceId: alliances[SLUG] }, 100);
    expect(register.length).toBeGreaterThan(120);
    expect(new Set(register).size).toBe(register.length);

    for (const [field, filterType] of [
      ['actionItems', 'ActionItemFilter'],
      ['decisionRegister', 'DecisionRegisterFilter'],
    ]) {
      const refused = await graphqlRequest(url, `query ($filter: ${filterType}) { ${field}(filter: $filter, first: 101) { edges { cursor } } }`, {}, { token: tokens['director'] });
      expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_PAGE_SIZE' });
    }
  });

  it('counts the whole list only when the query asks for totalCount', async () => {
    const counts = async (selection: string): Promise<string[]> => {
      counter.reset();
      await meetingsPage('director', { filter: { allianceId: alliances[SLUG] }, first: 5 }, selection);
      return counter.statements.filter((statement) => /COUNT\(/i.test(statement));
    };
    expect(await counts('')).toEqual([]);
    expect(await counts('totalCount')).toHaveLength(1);
  });

  it('names the meeting that receives the escalated items of a cancelled one, and moves them there', async () => {
    const upcoming: { id: string; title: string }[] = await db.dataSource.query(
      `SELECT id, title FROM meeting WHERE alliance_id = $1 AND type = 'ALLIANTIE' AND scheduled_at > now() ORDER BY scheduled_at, id`,
      [alliances[SLUG]],
    );
    expect(upcoming.length).toBeGreaterThanOrEqual(2);
    const { createVastloper } = await as<{ createVastloper: { id: string } }>('director', CREATE_VASTLOPER, {
      input: { allianceId: alliances[SLUG], title: 'Schuldhulp kan niet bij de gegevens van de corporatie', category: 'GEGEVENSDELING', actielijn: 'MEEDOEN' },
    });
    await as('director', ESCALATE, { id: createVastloper.id });

    const before = (await as<Preview>('director', PREVIEW, { id: upcoming[0].id })).meeting;
    expect(before.viewerCan.manage).toBe(true);
    expect(before.escalationsMoveTo).toEqual(expect.objectContaining({ id: upcoming[1].id, title: upcoming[1].title }));

    const { cancelMeeting } = await as<{ cancelMeeting: { status: string; cancellationReason: string } }>('director', CANCEL, {
      id: upcoming[0].id,
      reason: 'De burgemeester is verhinderd',
    });
    expect(cancelMeeting).toEqual({ status: 'CANCELLED', cancellationReason: 'De burgemeester is verhinderd' });
    const placed: { meeting_id: string }[] = await db.dataSource.query(`SELECT meeting_id FROM agenda_item WHERE vastloper_id = $1 AND source = 'ESCALATION'`, [
      createVastloper.id,
    ]);
    expect(placed).toEqual([{ meeting_id: upcoming[1].id }]);

    const after = (await as<Preview>('director', PREVIEW, { id: upcoming[0].id })).meeting;
    expect(after).toEqual({ status: 'CANCELLED', viewerCan: { manage: false }, escalationsMoveTo: null });
  });

  it('answers no receiving meeting when none of the type is planned', async () => {
    const scheduledAt = new Date(Date.now() + 40 * 86_400_000).toISOString();
    const { createMeeting } = await as<{ createMeeting: { id: string } }>('director', CREATE_MEETING, {
      input: { type: 'BESTUURLIJK', allianceId: alliances[SLUG], scheduledAt },
    });
    await db.dataSource.query(`UPDATE meeting SET status = 'CANCELLED' WHERE alliance_id = $1 AND type = 'BESTUURLIJK' AND id <> $2`, [
      alliances[SLUG],
      createMeeting.id,
    ]);
    expect((await as<Preview>('director', PREVIEW, { id: createMeeting.id })).meeting.escalationsMoveTo).toBeNull();
  });

  it('lets only those who plan meetings move or cancel them', async () => {
    const [next]: { id: string }[] = await db.dataSource.query(
      `SELECT id FROM meeting WHERE alliance_id = $1 AND status = 'DRAFT' AND scheduled_at > now() ORDER BY scheduled_at LIMIT 1`,
      [alliances[SLUG]],
    );
    expect((await as<Preview>('mayor', PREVIEW, { id: next.id })).meeting.viewerCan).toEqual({ manage: false });
    expect((await as<Preview>('coordinator', PREVIEW, { id: next.id })).meeting.viewerCan).toEqual({ manage: false });
    expect((await as<Preview>('director', PREVIEW, { id: next.id })).meeting.viewerCan).toEqual({ manage: true });
  });

  it('tells where the caller may plan: the director their alliance, the coordinator the doorbraakoverleg, the mayor nowhere', async () => {
    type Planning = { meetingPlanning: { allianceId: string | null; allianceName: string | null; types: string[] }[] };
    expect((await as<Planning>('director', PLANNING)).meetingPlanning).toEqual([
      { allianceId: alliances[SLUG], allianceName: expect.any(String), types: ['PROGRAMMATEAM', 'ALLIANTIE', 'BESTUURLIJK'] },
    ]);
    expect((await as<Planning>('otherDirector', PLANNING)).meetingPlanning).toEqual([
      { allianceId: alliances[OTHER], allianceName: expect.any(String), types: ['PROGRAMMATEAM', 'ALLIANTIE', 'BESTUURLIJK'] },
    ]);
    expect((await as<Planning>('coordinator', PLANNING)).meetingPlanning).toEqual([{ allianceId: null, allianceName: null, types: ['DOORBRAAKOVERLEG'] }]);
    expect((await as<Planning>('mayor', PLANNING)).meetingPlanning).toEqual([]);
  });

  it('gives the full feed address on the web origin, once', async () => {
    const { createCalendarFeed } = await as<{ createCalendarFeed: { path: string; url: string } }>('mayor', `mutation { createCalendarFeed { path url } }`);
    expect(createCalendarFeed.url).toBe(`${WEB_URL}${createCalendarFeed.path}`);
    expect((await fetch(`${url}${createCalendarFeed.path}`)).status).toBe(200);
    expect((await as<{ calendarFeed: { active: boolean; url: string | null } }>('mayor', `{ calendarFeed { active url } }`)).calendarFeed).toEqual({
      active: true,
      url: null,
    });
  });
});
