import type { INestApplication } from '@nestjs/common';
import { QUEUES } from '@doorbraak/server-core';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, obliterateQueues, signIn, startTestApi, type TestDatabase } from '@doorbraak/server-testing';

// What the meetings screens ask of the API besides the meeting cycle itself: past meetings newest
// first, what the caller may do with a meeting, where its escalations go when it is cancelled, where
// the caller may plan, and the full address of the calendar feed.

const SLUG = 'rotterdam-zuid';
const OTHER = 'zaandam-oost';
const WEB_URL = 'https://doorbraak.example.nl';
const email = (role: string, slug = SLUG) => `${role}.${slug}@demo.doorbraak.nl`;

const LIST = `query ($filter: MeetingFilter) { meetings(filter: $filter) { id scheduledAt } }`;
const PREVIEW = `query ($id: ID!) { meeting(id: $id) { status viewerCan { manage } escalationsMoveTo { id title scheduledAt } } }`;
const CANCEL = `mutation ($id: ID!, $reason: String) { cancelMeeting(meetingId: $id, reason: $reason) { status cancellationReason } }`;
const CREATE_MEETING = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const CREATE_VASTLOPER = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;
const ESCALATE = `mutation ($id: ID!) { escalate(itemId: $id, reason: "Loopt vast bij het programmabureau") { __typename } }`;
const PLANNING = `{ meetingPlanning { allianceId allianceName types } }`;

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
    ({ app, url } = await startTestApi(db.appUrl, { config: { webUrl: `${WEB_URL}/` } }));
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

  it('lists past meetings latest first, so the most recent ones show even beyond 500 rows', async () => {
    // Six hundred old programmateams, years back: soonest first, they would fill the whole list.
    await db.dataSource.query(
      `INSERT INTO meeting (type, alliance_id, title, scheduled_at, status)
       SELECT 'PROGRAMMATEAM', $1, 'Oud programmateam', now() - interval '3 years' - n * interval '1 day', 'MINUTES_APPROVED'
         FROM generate_series(1, 600) AS n`,
      [alliances[SLUG]],
    );
    const now = new Date().toISOString();
    const [latest]: { id: string }[] = await db.dataSource.query(
      `SELECT id FROM meeting WHERE alliance_id = $1 AND scheduled_at <= now() ORDER BY scheduled_at DESC, id DESC LIMIT 1`,
      [alliances[SLUG]],
    );

    const past = (await as<{ meetings: { id: string; scheduledAt: string }[] }>('director', LIST, { filter: { allianceId: alliances[SLUG], to: now, order: 'LATEST_FIRST' } }))
      .meetings;
    expect(past).toHaveLength(500);
    expect(past[0].id).toBe(latest.id);
    const times = past.map((row) => Date.parse(row.scheduledAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const oldestFirst = (await as<{ meetings: { id: string; scheduledAt: string }[] }>('director', LIST, { filter: { allianceId: alliances[SLUG], to: now } })).meetings;
    expect(oldestFirst.map((row) => row.id)).not.toContain(latest.id);

    const upcoming = (await as<{ meetings: { scheduledAt: string }[] }>('director', LIST, { filter: { allianceId: alliances[SLUG], from: now } })).meetings;
    expect(upcoming.length).toBeGreaterThan(0);
    const soon = upcoming.map((row) => Date.parse(row.scheduledAt));
    expect(soon).toEqual([...soon].sort((a, b) => a - b));
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
