import type { INestApplication } from '@nestjs/common';
import { QUEUES } from '@doorbraak/server-core';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, obliterateQueues, signIn, startTestApi, type TestDatabase } from '@doorbraak/server-testing';

const CREATE_VASTLOPER = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;
const CREATE_MEETING = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const MEETING = `query ($id: ID!) { meeting(id: $id) { agenda { vastloperId source } } }`;
const ESCALATE = `mutation ($id: ID!) { escalate(itemId: $id, reason: "Loopt vast bij het programmabureau") { __typename } }`;
const DE_ESCALATE = `mutation ($id: ID!) { deEscalate(itemId: $id, reason: "Terug naar het programmabureau") { __typename } }`;
const RESOLVE = `mutation ($id: ID!) { resolveVastloper(id: $id, resolution: "Maatwerk toegestaan") { status } }`;
const PARK = `mutation ($id: ID!, $until: DateTime!) { park(id: $id, until: $until, reason: "Wacht op VWS") { status } }`;
const WITHDRAW = `mutation ($id: ID!) { withdraw(itemId: $id, reason: "Niet langer nodig") { __typename } }`;

const DAY_MS = 86_400_000;

type LeaveRung = { name: string; slug: string; leave: (itemId: string) => Promise<unknown> };

// Each scenario works in its own alliance, so no test depends on another's meetings or items (and none whose
// directors the sign-in limit specs lock out).
describe('escalated items that leave their rung', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let url: string;
  const alliances: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const as = <T>(slug: string, query: string, variables: Record<string, unknown>): Promise<T> =>
    graphqlData<T>(url, query, variables, { token: tokens[slug] });

  // An item escalated to ALLIANTIE while no alliance meeting is planned waits on the "to schedule" list.
  const waitingItem = async (slug: string, title: string): Promise<string> => {
    const { createVastloper } = await as<{ createVastloper: { id: string } }>(slug, CREATE_VASTLOPER, {
      input: { allianceId: alliances[slug], title, category: 'WET_EN_REGELGEVING', actielijn: 'MEEDOEN' },
    });
    await as(slug, ESCALATE, { id: createVastloper.id });
    const waiting: { rung: string }[] = await db.dataSource.query(
      `SELECT rung FROM agenda_backlog_item WHERE vastloper_id = $1 AND placed_at IS NULL AND meeting_type = 'ALLIANTIE'`,
      [createVastloper.id],
    );
    expect(waiting).toEqual([{ rung: 'ALLIANTIE' }]);
    return createVastloper.id;
  };

  const planMeeting = async (slug: string): Promise<string> =>
    (
      await as<{ createMeeting: { id: string } }>(slug, CREATE_MEETING, {
        input: { allianceId: alliances[slug], type: 'ALLIANTIE', scheduledAt: new Date(Date.now() + 30 * DAY_MS).toISOString() },
      })
    ).createMeeting.id;

  const agendaOf = async (slug: string, meetingId: string): Promise<{ vastloperId: string | null; source: string }[]> =>
    (await as<{ meeting: { agenda: { vastloperId: string | null; source: string }[] } }>(slug, MEETING, { id: meetingId })).meeting.agenda;

  const waitingCount = async (itemId: string): Promise<number> =>
    (await db.dataSource.query(`SELECT count(*)::int AS count FROM agenda_backlog_item WHERE vastloper_id = $1 AND placed_at IS NULL`, [itemId]))[0]
      .count;

  const scenarios: LeaveRung[] = [
    { name: 'resolved', slug: 'eindhoven-woensel-zuid', leave: (id) => as('eindhoven-woensel-zuid', RESOLVE, { id }) },
    { name: 'de-escalated', slug: 'nieuwegein-centrale-as', leave: (id) => as('nieuwegein-centrale-as', DE_ESCALATE, { id }) },
    { name: 'parked', slug: 'den-haag-zuidwest', leave: (id) => as('den-haag-zuidwest', PARK, { id, until: new Date(Date.now() + 60 * DAY_MS).toISOString() }) },
    { name: 'withdrawn', slug: 'amsterdam-zuidoost', leave: (id) => as('amsterdam-zuidoost', WITHDRAW, { id }) },
  ];
  const CONTROL = 'tilburg-noordwest';
  const PLACED = 'schiedam-nieuwland-en-oost';

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    for (const row of (await db.dataSource.query(`SELECT slug, id FROM alliance`)) as { slug: string; id: string }[]) {
      alliances[row.slug] = row.id;
    }
    const slugs = [...scenarios.map((scenario) => scenario.slug), CONTROL, PLACED];
    expect(slugs.every((slug) => alliances[slug])).toBe(true);
    // No alliance meeting planned in these alliances: an escalation to ALLIANTIE has to wait.
    await db.dataSource.query(
      `UPDATE meeting SET status = 'CANCELLED' WHERE type = 'ALLIANTIE' AND scheduled_at > now() AND alliance_id = ANY($1::uuid[])`,
      [slugs.map((slug) => alliances[slug])],
    );
    ({ app, url } = await startTestApi(db.appUrl));
    for (const slug of slugs) {
      tokens[slug] = (await signIn(url, `programmadirecteur.${slug}@demo.doorbraak.nl`)).token;
    }
  });

  afterAll(async () => {
    await app?.close();
    await obliterateQueues([QUEUES.meetings, QUEUES.notifications]);
    await db?.drop();
  });

  it('still places a waiting item that stays open at its rung once a meeting is planned', async () => {
    const itemId = await waitingItem(CONTROL, 'Leerplicht en zorg spreken elkaar tegen');
    const meetingId = await planMeeting(CONTROL);
    expect(await agendaOf(CONTROL, meetingId)).toContainEqual({ vastloperId: itemId, source: 'ESCALATION' });
  });

  it.each(scenarios)('keeps an item $name while it waits on the "to schedule" list off the next agenda', async ({ slug, leave }) => {
    const itemId = await waitingItem(slug, 'Budget voor schuldhulp loopt vast bij de gemeente');
    await leave(itemId);
    expect(await waitingCount(itemId)).toBe(0);
    const meetingId = await planMeeting(slug);
    expect((await agendaOf(slug, meetingId)).map((row) => row.vastloperId)).not.toContain(itemId);
  });

  it('takes an item resolved after it was placed off the draft agenda', async () => {
    const meetingId = await planMeeting(PLACED);
    const { createVastloper } = await as<{ createVastloper: { id: string } }>(PLACED, CREATE_VASTLOPER, {
      input: { allianceId: alliances[PLACED], title: 'Huisvesting statushouders stokt', category: 'WET_EN_REGELGEVING', actielijn: 'MEEDOEN' },
    });
    await as(PLACED, ESCALATE, { id: createVastloper.id });
    expect(await agendaOf(PLACED, meetingId)).toContainEqual({ vastloperId: createVastloper.id, source: 'ESCALATION' });
    await as(PLACED, RESOLVE, { id: createVastloper.id });
    const agenda = await agendaOf(PLACED, meetingId);
    expect(agenda.map((row) => row.vastloperId)).not.toContain(createVastloper.id);
  });
});
