import type { INestApplication } from '@nestjs/common';
import ICAL from 'ical.js';
import { QUEUES } from '@doorbraak/server-core';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, errorCode, graphqlData, graphqlRequest, nodesOf, obliterateQueues, signIn, startTestApi, type TestDatabase } from '@doorbraak/server-testing';

const SLUG = 'rotterdam-zuid';
const OTHER = 'zaandam-oost';
const email = (role: string, slug = SLUG) => `${role}.${slug}@demo.doorbraak.nl`;

const MEETING_FIELDS = 'id type status title scheduledAt durationMinutes allianceId';
const CREATE_MEETING = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const CREATE_SERIES = `mutation ($input: CreateMeetingSeriesInput!) {
  createMeetingSeries(input: $input) { id intervalWeeks exceptions meetings(first: 100) { edges { node { id scheduledAt status } } } } }`;
const MEETING = `query ($id: ID!) { meeting(id: $id) {
  ${MEETING_FIELDS} fullView minutes
  agenda { id position title kind source minutesAllotted vastloperId carriedOverFromId minute item { id title } }
  agendaTime { totalMinutes overrunMinutes warning }
  amendments { change description itemTitle position carriedOverFrom urgent }
  attendees { id present person { name } }
  decisions { id text outcome }
  openCommitments { id description createdAt }
} }`;
const ADD_ITEM = `mutation ($meetingId: ID!, $input: AddAgendaItemInput!) { addAgendaItem(meetingId: $meetingId, input: $input) { id position source kind } }`;
const MOVE = `mutation ($id: ID!, $position: Int!) { moveAgendaItem(id: $id, position: $position) { id } }`;
const PUBLISH = `mutation ($id: ID!) { publishAgenda(meetingId: $id) { status agendaPublishedAt } }`;
const CANCEL = `mutation ($id: ID!, $reason: String) { cancelMeeting(meetingId: $id, reason: $reason) { status } }`;
const HELD = `mutation ($id: ID!) { markMeetingHeld(meetingId: $id) { status } }`;
const APPROVE = `mutation ($id: ID!) { approveMinutes(meetingId: $id) { status minutesApprovedAt } }`;
const MINUTES = `mutation ($id: ID!, $minutes: String) { updateMinutes(meetingId: $id, minutes: $minutes) { minutes } }`;
const ATTENDANCE = `mutation ($id: ID!, $attendance: [AttendanceInput!]!) { recordAttendance(meetingId: $id, attendance: $attendance) { id } }`;
const AGENDA_MINUTE = `mutation ($id: ID!, $minute: String) { recordAgendaMinute(agendaItemId: $id, minute: $minute) { minute } }`;
const DECIDE = `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id text outcome reviewDate reviewAgendaItemId } }`;
const REGISTER = `query ($filter: DecisionRegisterFilter) { decisionRegister(filter: $filter, first: 100) { edges { node { id text alliance { slug } meeting { id type } item { id } } } } }`;
const CREATE_VASTLOPER = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;
const ESCALATE = `mutation ($id: ID!) { escalate(itemId: $id, reason: "Loopt vast bij het programmabureau") { __typename } }`;
const DE_ESCALATE = `mutation ($id: ID!) { deEscalate(itemId: $id, reason: "Terug naar het programmabureau") { __typename } }`;
const CARRY_OVER = `mutation ($id: ID!) { carryOverAgendaItem(id: $id) { id meetingId carriedOverFromId source } }`;
const REMOVE = `mutation ($id: ID!) { removeAgendaItem(id: $id) { id } }`;
const PERMISSIONS = `query ($id: ID!) { meeting(id: $id) {
  viewerCan { manage editAgenda publishAgenda takeMinutes recordDecision createActionItem carryOver markHeld approveMinutes }
  ownerCandidates { id name } } }`;
const CREATE_ACTION = `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id dueDate kind status } }`;

type AgendaRow = {
  id: string;
  position: number;
  title: string;
  kind: string;
  source: string;
  minutesAllotted: number;
  vastloperId: string | null;
  carriedOverFromId: string | null;
  minute: string | null;
  item: { id: string; title: string } | null;
};
type MeetingView = {
  id: string;
  type: string;
  status: string;
  title: string;
  scheduledAt: string;
  fullView: boolean;
  minutes: string | null;
  agenda: AgendaRow[];
  agendaTime: { totalMinutes: number; overrunMinutes: number; warning: string | null };
  amendments: { change: string; description: string; itemTitle: string; position: number | null; carriedOverFrom: string | null; urgent: boolean }[];
  attendees: { id: string; present: boolean | null; person: { name: string } | null }[];
  decisions: { id: string; text: string; outcome: string | null }[];
  openCommitments: { id: string; description: string; createdAt: string }[];
};

const amsterdamWallClock = (iso: string): string =>
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

describe('meetings and agendas over the API', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let url: string;
  const alliances: Record<string, string> = {};
  const people: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const as = async <T>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> =>
    graphqlData<T>(url, query, variables, { token: tokens[who] });
  const attempt = (who: string, query: string, variables: Record<string, unknown> = {}) =>
    graphqlRequest(url, query, variables, { token: tokens[who] });
  // The register's rows as one list; the tests below stay under one page.
  const register = async <T>(who: string, variables: Record<string, unknown>): Promise<{ decisionRegister: T[] }> => ({
    decisionRegister: (await as<{ decisionRegister: { edges: { node: T }[] } }>(who, REGISTER, variables)).decisionRegister.edges.map((edge) => edge.node),
  });
  const meeting = async (id: string, who = 'director'): Promise<MeetingView> => (await as<{ meeting: MeetingView }>(who, MEETING, { id })).meeting;
  const createMeeting = async (input: Record<string, unknown>, who = 'director'): Promise<{ id: string }> =>
    (await as<{ createMeeting: { id: string } }>(who, CREATE_MEETING, { input: { allianceId: alliances[SLUG], ...input } })).createMeeting;
  const addItem = async (meetingId: string, input: Record<string, unknown>, who = 'director'): Promise<{ id: string; position: number }> =>
    (await as<{ addAgendaItem: { id: string; position: number } }>(who, ADD_ITEM, { meetingId, input: { kind: 'DISCUSSION', ...input } })).addAgendaItem;
  const newVastloper = async (title: string, confidential = false): Promise<string> =>
    (
      await as<{ createVastloper: { id: string } }>('director', CREATE_VASTLOPER, {
        input: { allianceId: alliances[SLUG], title, category: 'WET_EN_REGELGEVING', actielijn: 'MEEDOEN', confidential },
      })
    ).createVastloper.id;
  const escalatedPlacements = (vastloperId: string): Promise<{ meeting_id: string; status: string }[]> =>
    db.dataSource.query(
      `SELECT ai.meeting_id, m.status FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
        WHERE ai.vastloper_id = $1 AND ai.source = 'ESCALATION'`,
      [vastloperId],
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    for (const row of (await db.dataSource.query(`SELECT slug, id FROM alliance`)) as { slug: string; id: string }[]) {
      alliances[row.slug] = row.id;
    }
    for (const row of (await db.dataSource.query(`SELECT email, id FROM person`)) as { email: string; id: string }[]) {
      people[row.email] = row.id;
    }
    // The demo's upcoming alliance meetings of this alliance are all still drafts here, so the test knows
    // which meeting is "next" whatever day it runs.
    await db.dataSource.query(
      `UPDATE meeting SET status = 'DRAFT', agenda_published_at = NULL WHERE alliance_id = $1 AND scheduled_at > now()`,
      [alliances[SLUG]],
    );
    ({ app, url } = await startTestApi(db.appUrl));
    const sessions = {
      director: email('programmadirecteur'),
      director2: email('programmadirecteur'),
      mayor: email('burgemeester'),
      partner: email('partner'),
      rv: email('rijksvertegenwoordiger'),
      otherDirector: email('programmadirecteur', OTHER),
      coordinator: 'coordinator@demo.doorbraak.nl',
      admin: 'admin@demo.doorbraak.nl',
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

  it('plans a six-weekly series at 14:00 Amsterdam time across the change to summer time, without the exception', async () => {
    const { createMeetingSeries } = await as<{ createMeetingSeries: { intervalWeeks: number; exceptions: string[]; meetings: { edges: { node: { scheduledAt: string; status: string } }[] } } }>(
      'director',
      CREATE_SERIES,
      {
        input: {
          type: 'PROGRAMMATEAM',
          allianceId: alliances[SLUG],
          // Thursday 11 February 2027, 14:00 in Amsterdam (winter time); the clocks go forward on 28 March.
          scheduledAt: '2027-02-11T13:00:00Z',
          intervalWeeks: 6,
          until: '2027-08-01',
          exceptions: ['2027-05-06'],
          durationMinutes: 90,
          location: 'Stadhuis Rotterdam',
        },
      },
    );
    const dates = nodesOf(createMeetingSeries.meetings).map((row) => row.scheduledAt);
    expect(dates).toEqual([
      '2027-02-11T13:00:00.000Z',
      '2027-03-25T13:00:00.000Z',
      // 6 May is an exception; after the change to summer time 14:00 is 12:00 UTC.
      '2027-06-17T12:00:00.000Z',
      '2027-07-29T12:00:00.000Z',
    ]);
    expect(dates.map(amsterdamWallClock)).toEqual(['donderdag 14:00', 'donderdag 14:00', 'donderdag 14:00', 'donderdag 14:00']);
    expect(nodesOf(createMeetingSeries.meetings).every((row) => row.status === 'DRAFT')).toBe(true);
  });

  it("pages a series' meetings with a cursor, soonest first, and refuses a page over 100 or a cursor it did not give", async () => {
    const { createMeetingSeries } = await as<{ createMeetingSeries: { id: string } }>('director', 'mutation ($input: CreateMeetingSeriesInput!) { createMeetingSeries(input: $input) { id } }', {
      input: { type: 'PROGRAMMATEAM', allianceId: alliances[SLUG], scheduledAt: '2027-09-02T08:00:00Z', intervalWeeks: 2, until: '2027-10-14', durationMinutes: 60 },
    });
    type Series = { meetingSeries: { meetings: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; edges: { node: { scheduledAt: string } }[] } } };
    const SERIES = `query ($id: ID!, $first: Int, $after: String) { meetingSeries(id: $id) {
      meetings(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { scheduledAt } } } } }`;
    const page = async (after: string | null) => (await as<Series>('director', SERIES, { id: createMeetingSeries.id, first: 3, after })).meetingSeries.meetings;
    const first = await page(null);
    expect(nodesOf(first).map((meeting) => meeting.scheduledAt)).toEqual(['2027-09-02T08:00:00.000Z', '2027-09-16T08:00:00.000Z', '2027-09-30T08:00:00.000Z']);
    expect([first.totalCount, first.pageInfo.hasNextPage]).toEqual([4, true]);
    const next = await page(first.pageInfo.endCursor);
    expect(nodesOf(next).map((meeting) => meeting.scheduledAt)).toEqual(['2027-10-14T08:00:00.000Z']);
    expect(next.pageInfo.hasNextPage).toBe(false);

    const tooMany = await attempt('director', SERIES, { id: createMeetingSeries.id, first: 101 });
    expect([errorCode(tooMany), tooMany.body.errors?.[0]?.extensions?.['reason']]).toEqual(['BAD_USER_INPUT', 'INVALID_PAGE_SIZE']);
    const notOurs = await attempt('director', SERIES, { id: createMeetingSeries.id, first: 3, after: 'bm9wZQ' });
    expect([errorCode(notOurs), notOurs.body.errors?.[0]?.extensions?.['reason']]).toEqual(['BAD_USER_INPUT', 'INVALID_CURSOR']);
  });

  it('refuses a series that meets every 0 weeks, and a series of the doorbraakoverleg for an alliance', async () => {
    const zero = await attempt('director', CREATE_SERIES, {
      input: { type: 'PROGRAMMATEAM', allianceId: alliances[SLUG], scheduledAt: '2027-02-11T13:00:00Z', intervalWeeks: 0 },
    });
    expect(errorCode(zero)).toBe('BAD_USER_INPUT');
    const national = await attempt('coordinator', CREATE_MEETING, {
      input: { type: 'DOORBRAAKOVERLEG', allianceId: alliances[SLUG], scheduledAt: '2027-02-11T13:00:00Z' },
    });
    expect(errorCode(national)).toBe('BAD_USER_INPUT');
  });

  it('lets only the programme director plan meetings, and hides other alliances’ meetings', async () => {
    const forbidden = await attempt('partner', CREATE_MEETING, {
      input: { type: 'ALLIANTIE', allianceId: alliances[SLUG], scheduledAt: '2027-01-10T13:00:00Z' },
    });
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    const elsewhere = await attempt('director', CREATE_MEETING, {
      input: { type: 'ALLIANTIE', allianceId: alliances[OTHER], scheduledAt: '2027-01-10T13:00:00Z' },
    });
    expect(errorCode(elsewhere)).toBe('NOT_FOUND');
    const { id } = await createMeeting({ type: 'BESTUURLIJK', scheduledAt: '2027-01-12T13:00:00Z' });
    expect(errorCode(await attempt('otherDirector', MEETING, { id }))).toBe('NOT_FOUND');
    expect(errorCode(await attempt('admin', MEETING, { id }))).toBe('NOT_FOUND');
    expect((await meeting(id, 'partner')).title).toBe('Bestuurlijk overleg Nationaal Programma Rotterdam Zuid (NPRZ)');
    const meetings = (await as<{ meetings: { edges: { node: { id: string; allianceId: string | null } }[] } }>('otherDirector', `{ meetings(first: 100) { edges { node { id allianceId } } } }`))
      .meetings.edges;
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings.every((row) => row.node.allianceId === alliances[OTHER])).toBe(true);
  });

  it('keeps agenda positions dense 1..n when two clients reorder at the same time', async () => {
    const { id } = await createMeeting({ type: 'PROGRAMMATEAM', scheduledAt: '2027-01-14T13:00:00Z' });
    const items: string[] = [];
    for (let index = 1; index <= 6; index += 1) {
      items.push((await addItem(id, { title: `Punt ${index}`, minutesAllotted: 10 })).id);
    }
    const moves = Array.from({ length: 24 }, (_, index) => ({
      who: index % 2 === 0 ? 'director' : 'director2',
      id: items[(index * 5) % items.length],
      position: ((index * 7) % 6) + 1,
    }));
    const results = await Promise.all(moves.map((move) => attempt(move.who, MOVE, { id: move.id, position: move.position })));
    expect(results.every((result) => !result.body.errors)).toBe(true);
    const { agenda } = await meeting(id);
    expect(agenda.map((row) => row.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...agenda.map((row) => row.id)].sort()).toEqual([...items].sort());
  });

  it('adds up the agenda and warns in Dutch when it runs over the meeting', async () => {
    const { id } = await createMeeting({ type: 'PROGRAMMATEAM', scheduledAt: '2027-01-15T13:00:00Z', durationMinutes: 60 });
    await addItem(id, { title: 'Voortgang', minutesAllotted: 40 });
    expect((await meeting(id)).agendaTime).toEqual({ totalMinutes: 40, overrunMinutes: 0, warning: null });
    await addItem(id, { title: 'Jaarplan', minutesAllotted: 35, position: 1 });
    const view = await meeting(id);
    expect(view.agenda.map((row) => `${row.position} ${row.title}`)).toEqual(['1 Jaarplan', '2 Voortgang']);
    expect(view.agendaTime).toEqual({
      totalMinutes: 75,
      overrunMinutes: 15,
      warning: 'De agenda duurt 75 minuten, 15 minuten langer dan de vergadering (60 minuten).',
    });
  });

  describe('escalated items', () => {
    let upcoming: { id: string; scheduled_at: Date }[];

    beforeAll(async () => {
      upcoming = await db.dataSource.query(
        `SELECT id, scheduled_at FROM meeting WHERE alliance_id = $1 AND type = 'ALLIANTIE' AND scheduled_at > now() ORDER BY scheduled_at`,
        [alliances[SLUG]],
      );
      expect(upcoming.length).toBeGreaterThanOrEqual(3);
    });

    it('land on the next unheld meeting, move on when it is cancelled, and are never doubled', async () => {
      const vastloper = await newVastloper('Jongerenloket mag geen gegevens delen met de school');
      await as('director', ESCALATE, { id: vastloper });
      expect(await escalatedPlacements(vastloper)).toEqual([{ meeting_id: upcoming[0].id, status: 'DRAFT' }]);

      await as('director', CANCEL, { id: upcoming[0].id, reason: 'De burgemeester is verhinderd' });
      expect(await escalatedPlacements(vastloper)).toEqual([{ meeting_id: upcoming[1].id, status: 'DRAFT' }]);
      const cancelled = await meeting(upcoming[0].id);
      expect(cancelled.status).toBe('CANCELLED');
      expect(cancelled.agenda.some((row) => row.vastloperId === vastloper)).toBe(false);
      expect(cancelled.agenda.map((row) => row.position)).toEqual(cancelled.agenda.map((_, index) => index + 1));
      const next = await meeting(upcoming[1].id);
      expect(next.agenda.map((row) => row.position)).toEqual(next.agenda.map((_, index) => index + 1));
      expect(next.agenda.filter((row) => row.vastloperId === vastloper)).toEqual([
        expect.objectContaining({ source: 'ESCALATION', kind: 'ESCALATION', item: { id: vastloper, title: 'Jongerenloket mag geen gegevens delen met de school' } }),
      ]);

      // Down and up again: the ladder finds it already on the next agenda.
      await as('director', DE_ESCALATE, { id: vastloper });
      await as('director', ESCALATE, { id: vastloper });
      expect(await escalatedPlacements(vastloper)).toEqual([{ meeting_id: upcoming[1].id, status: 'DRAFT' }]);
      const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM agenda_backlog_item WHERE vastloper_id = $1`, [vastloper]);
      expect(count).toBe(0);
    });

    it('cannot be removed from an agenda, only carried over', async () => {
      const [row] = await db.dataSource.query(
        `SELECT id FROM agenda_item WHERE meeting_id = $1 AND source = 'ESCALATION' LIMIT 1`,
        [upcoming[1].id],
      );
      const removed = await attempt('director', REMOVE, { id: row.id });
      expect(errorCode(removed)).toBe('INVALID_TRANSITION');
      expect(removed.body.errors?.[0].extensions?.['reason']).toBe('ESCALATED_ITEM_STAYS');
    });

    it('go onto the meeting after a published agenda: a published agenda is frozen', async () => {
      await as('director', PUBLISH, { id: upcoming[1].id });
      const late = await newVastloper('Huurtoeslag stopt bij inwoning');
      await as('director', ESCALATE, { id: late });
      expect(await escalatedPlacements(late)).toEqual([{ meeting_id: upcoming[2].id, status: 'DRAFT' }]);
    });

    it('can be pulled onto a published agenda by the programme director as an urgent amendment, leaving the later one', async () => {
      const urgent = await newVastloper('Wijkteam mag niet bij de woningcorporatie navragen');
      // The ladder puts an item that arrives after publication on the meeting after (see the previous test).
      await as('director', ESCALATE, { id: urgent });
      expect(await escalatedPlacements(urgent)).toEqual([{ meeting_id: upcoming[2].id, status: 'DRAFT' }]);
      const input = { title: 'Escalatie: Wijkteam mag niet bij de woningcorporatie navragen', kind: 'ESCALATION', vastloperId: urgent, urgent: true };
      expect(errorCode(await attempt('partner', ADD_ITEM, { meetingId: upcoming[1].id, input }))).toBe('FORBIDDEN');
      expect(errorCode(await attempt('mayor', ADD_ITEM, { meetingId: upcoming[1].id, input }))).toBe('FORBIDDEN');
      await addItem(upcoming[1].id, input);
      expect(await escalatedPlacements(urgent)).toEqual([{ meeting_id: upcoming[1].id, status: 'AGENDA_PUBLISHED' }]);
      const published = await meeting(upcoming[1].id);
      expect(published.amendments).toEqual([
        {
          change: 'ADDED',
          description: 'Toegevoegd: Escalatie: Wijkteam mag niet bij de woningcorporatie navragen',
          itemTitle: 'Escalatie: Wijkteam mag niet bij de woningcorporatie navragen',
          position: null,
          carriedOverFrom: null,
          urgent: true,
        },
      ]);
      const later = await meeting(upcoming[2].id);
      expect(later.agenda.some((row) => row.vastloperId === urgent)).toBe(false);
      expect(later.agenda.map((row) => row.position)).toEqual(later.agenda.map((_, index) => index + 1));
      const [{ count }] = await db.dataSource.query(
        `SELECT count(*)::int AS count FROM notification WHERE meeting_id = $1 AND kind = 'AGENDA_PUBLISHED' AND dedupe_key LIKE 'agenda-amended-%'`,
        [upcoming[1].id],
      );
      expect(count).toBeGreaterThan(0);
    });

    it('wait on the "to schedule" list when the last planned meeting is cancelled, and are placed when a meeting is planned', async () => {
      const vastloper = await newVastloper('Geen plek in de opvang voor jongvolwassenen');
      await as('director', ESCALATE, { id: vastloper });
      const [{ meeting_id: placedOn }] = await escalatedPlacements(vastloper);
      const rest: { id: string }[] = await db.dataSource.query(
        `SELECT id FROM meeting WHERE alliance_id = $1 AND type = 'ALLIANTIE' AND status IN ('DRAFT', 'AGENDA_PUBLISHED') ORDER BY scheduled_at`,
        [alliances[SLUG]],
      );
      expect(rest.map((row) => row.id)).toContain(placedOn);
      for (const row of rest) {
        await as('director', CANCEL, { id: row.id });
      }
      const waiting = await db.dataSource.query(
        `SELECT meeting_type, rung FROM agenda_backlog_item WHERE vastloper_id = $1 AND placed_at IS NULL`,
        [vastloper],
      );
      expect(waiting).toEqual([{ meeting_type: 'ALLIANTIE', rung: 'ALLIANTIE' }]);

      const { id } = await createMeeting({ type: 'ALLIANTIE', scheduledAt: new Date(Date.now() + 60 * 86_400_000).toISOString() });
      expect(await escalatedPlacements(vastloper)).toEqual(expect.arrayContaining([{ meeting_id: id, status: 'DRAFT' }]));
      const [{ placed }] = await db.dataSource.query(
        `SELECT count(*)::int AS placed FROM agenda_backlog_item WHERE vastloper_id = $1 AND placed_at IS NOT NULL`,
        [vastloper],
      );
      expect(placed).toBe(1);
    });
  });

  describe('minutes and decisions', () => {
    let meetingId: string;
    let itemId: string;
    let vastloperId: string;

    beforeAll(async () => {
      vastloperId = await newVastloper('Schuldhulp stopt bij verhuizing naar een andere gemeente');
      ({ id: meetingId } = await createMeeting({
        type: 'BESTUURLIJK',
        scheduledAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
        attendeePersonIds: [people[email('burgemeester')], people[email('programmadirecteur')]],
      }));
      // An ESCALATION item: only there may the decision resolve the vastloper (outcome RESOLVE).
      ({ id: itemId } = await addItem(meetingId, { title: 'Schuldhulp', kind: 'ESCALATION', vastloperId }));
      await addItem(meetingId, { title: 'Rondvraag', kind: 'INFORMATION', minutesAllotted: 5 });
    });

    it('are taken during and after the meeting, not before', async () => {
      const early = await attempt('director', MINUTES, { id: meetingId, minutes: 'Te vroeg' });
      expect(errorCode(early)).toBe('INVALID_TRANSITION');
      await as('director', PUBLISH, { id: meetingId });
      await as('director', HELD, { id: meetingId });
      const view = await meeting(meetingId);
      await as('director', ATTENDANCE, {
        id: meetingId,
        attendance: view.attendees.map((attendee) => ({ attendeeId: attendee.id, present: attendee.person?.name !== undefined })),
      });
      await as('director', MINUTES, { id: meetingId, minutes: 'De burgemeester opent de vergadering.' });
      await as('director', AGENDA_MINUTE, { id: itemId, minute: 'Besproken; de gemeenten maken afspraken.' });
      const { recordDecision } = await as<{ recordDecision: { id: string; outcome: string } }>('mayor', DECIDE, {
        input: { meetingId, agendaItemId: itemId, text: 'De alliantie lost de schuldhulp bij verhuizing op met een warme overdracht.', outcome: 'RESOLVE' },
      });
      expect(recordDecision.outcome).toBe('RESOLVE');
      const [vastloper] = await db.dataSource.query(`SELECT status, resolution FROM vastloper WHERE id = $1`, [vastloperId]);
      expect(vastloper).toEqual({ status: 'OPGELOST', resolution: 'De alliantie lost de schuldhulp bij verhuizing op met een warme overdracht.' });
      expect((await meeting(meetingId)).attendees.every((attendee) => attendee.present === true)).toBe(true);
    });

    it('offer each role what it may do with the held meeting: the bureau the minutes, the mayor the approval', async () => {
      type Can = { meeting: { viewerCan: Record<string, boolean>; ownerCandidates: { id: string; name: string }[] } };
      const director = (await as<Can>('director', PERMISSIONS, { id: meetingId })).meeting;
      expect(director.viewerCan).toEqual(
        expect.objectContaining({ takeMinutes: true, recordDecision: true, createActionItem: true, carryOver: true, markHeld: false, approveMinutes: false }),
      );
      // Owners are people who may read the meeting: the alliance's own, never another alliance's.
      const owners = director.ownerCandidates.map((person) => person.id);
      expect(owners).toEqual(expect.arrayContaining([people[email('burgemeester')], people[email('partner')], people[email('programmadirecteur')]]));
      expect(owners).not.toContain(people[email('programmadirecteur', OTHER)]);
      const mayor = (await as<Can>('mayor', PERMISSIONS, { id: meetingId })).meeting;
      expect(Object.entries(mayor.viewerCan).filter(([, allowed]) => allowed).map(([name]) => name)).toEqual(['recordDecision', 'approveMinutes']);
      const partner = (await as<Can>('partner', PERMISSIONS, { id: meetingId })).meeting;
      expect(Object.values(partner.viewerCan).some(Boolean)).toBe(false);
      expect(partner.ownerCandidates).toEqual([]);
    });

    it('are approved by the chair only, after which they are read-only, and the approval is audited', async () => {
      expect(errorCode(await attempt('director', APPROVE, { id: meetingId }))).toBe('FORBIDDEN');
      expect(errorCode(await attempt('partner', APPROVE, { id: meetingId }))).toBe('FORBIDDEN');
      const { approveMinutes } = await as<{ approveMinutes: { status: string } }>('mayor', APPROVE, { id: meetingId });
      expect(approveMinutes.status).toBe('MINUTES_APPROVED');

      const edits: [string, string, Record<string, unknown>, string][] = [
        ['director', MINUTES, { id: meetingId, minutes: 'Achteraf gewijzigd' }, 'MINUTES_READ_ONLY'],
        ['director', AGENDA_MINUTE, { id: itemId, minute: 'Achteraf gewijzigd' }, 'MINUTES_READ_ONLY'],
        ['director', ATTENDANCE, { id: meetingId, attendance: [] }, 'MINUTES_READ_ONLY'],
        ['mayor', DECIDE, { input: { meetingId, text: 'Een besluit achteraf' } }, 'MINUTES_READ_ONLY'],
        ['director', DECIDE, { input: { meetingId, text: 'Een besluit achteraf' } }, 'MINUTES_READ_ONLY'],
        // The director manages action items, but not those of approved minutes; nor what was carried over.
        ['director', CREATE_ACTION, { input: { meetingId, description: 'Achteraf toegevoegd', ownerId: people[email('programmadirecteur')], dueDate: '2030-01-01' } }, 'MINUTES_READ_ONLY'],
        ['director', CARRY_OVER, { id: itemId }, 'MINUTES_READ_ONLY'],
        ['mayor', APPROVE, { id: meetingId }, 'INVALID_STATUS'],
      ];
      for (const [who, query, variables, reason] of edits) {
        const result = await attempt(who, query, variables);
        expect({ code: errorCode(result), reason: result.body.errors?.[0]?.extensions?.['reason'] }).toEqual({ code: 'INVALID_TRANSITION', reason });
      }
      const view = await meeting(meetingId);
      expect(view.minutes).toBe('De burgemeester opent de vergadering.');
      expect(view.decisions).toHaveLength(1);
      expect(view.agenda.map((row) => row.minute)).toEqual(['Besproken; de gemeenten maken afspraken.', null]);
      const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM action_item WHERE meeting_id = $1`, [meetingId]);
      expect(count).toBe(0);
      // Nobody is offered an edit any more.
      for (const who of ['director', 'mayor', 'partner']) {
        const can = (await as<{ meeting: { viewerCan: Record<string, boolean>; ownerCandidates: unknown[] } }>(who, PERMISSIONS, { id: meetingId })).meeting;
        expect(Object.entries(can.viewerCan).filter(([, allowed]) => allowed)).toEqual([]);
        expect(can.ownerCandidates).toEqual([]);
      }
      const audit = await db.dataSource.query(`SELECT actor_id, after FROM audit_entry WHERE operation = 'approveMinutes' AND entity_id = $1`, [meetingId]);
      expect(audit).toEqual([{ actor_id: people[email('burgemeester')], after: expect.objectContaining({ status: 'MINUTES_APPROVED' }) }]);
    });

    it('form a register searchable across the meetings and alliances the caller may see', async () => {
      const { decisionRegister } = await register<{ text: string; alliance: { slug: string } | null }>('director', {
        filter: { text: 'warme overdracht' },
      });
      expect(decisionRegister.map((row) => row.text)).toEqual(['De alliantie lost de schuldhulp bij verhuizing op met een warme overdracht.']);
      const part = await register<unknown>('director', { filter: { text: 'overdrach' } });
      expect(part.decisionRegister).toHaveLength(1);
      const byItem = await register<unknown>('director', { filter: { vastloperId } });
      expect(byItem.decisionRegister).toHaveLength(1);
      const byMeeting = await register<{ meeting: { id: string } }>('director', { filter: { meetingId } });
      expect(byMeeting.decisionRegister.map((row) => row.meeting.id)).toEqual([meetingId]);
      const otherMeeting = await register<{ meeting: { id: string } }>('director', {});
      expect(otherMeeting.decisionRegister.some((row) => row.meeting.id !== meetingId)).toBe(true);
      const elsewhere = await register<{ alliance: { slug: string } | null }>('otherDirector', {
        filter: { text: 'warme overdracht' },
      });
      expect(elsewhere.decisionRegister).toEqual([]);
      const own = await register<{ alliance: { slug: string } | null }>('otherDirector', {});
      expect(own.decisionRegister.length).toBeGreaterThan(0);
      expect(own.decisionRegister.every((row) => row.alliance?.slug === OTHER)).toBe(true);
      const national = await register<{ alliance: { slug: string } | null }>('coordinator', {
        filter: { meetingType: 'DOORBRAAKOVERLEG' },
      });
      expect(national.decisionRegister.length).toBeGreaterThan(0);
      expect(national.decisionRegister.every((row) => row.alliance === null)).toBe(true);
      const dated = await register<unknown>('coordinator', {
        filter: { allianceId: alliances[SLUG], from: new Date(Date.now() - 86_400_000).toISOString() },
      });
      expect(dated.decisionRegister).toHaveLength(1);
    });

    it('keep decisions about confidential items from those who may not read them', async () => {
      const secret = await newVastloper('Ondermijning in de haven', true);
      const { id } = await createMeeting({ type: 'BESTUURLIJK', scheduledAt: new Date(Date.now() - 3_600_000).toISOString() });
      const { id: secretItem } = await addItem(id, { title: 'Vertrouwelijk: haven', kind: 'DECISION', vastloperId: secret });
      await addItem(id, { title: 'Openbaar punt', kind: 'INFORMATION' });
      await as('director', HELD, { id });
      await as('mayor', DECIDE, { input: { meetingId: id, agendaItemId: secretItem, text: 'Vertrouwelijk besluit over de haven.' } });
      const partnerView = await meeting(id, 'partner');
      expect(partnerView.agenda.map((row) => row.title)).toEqual(['Openbaar punt']);
      expect(partnerView.decisions).toEqual([]);
      expect((await meeting(id, 'mayor')).agenda).toHaveLength(2);
      const search = await register<unknown>('partner', { filter: { text: 'haven' } });
      expect(search.decisionRegister).toEqual([]);
    });

    it('send an escalated item a rung down, or keep it where it is as progress', async () => {
      const down = await newVastloper('Leerplicht en jeugdhulp spreken elkaar tegen');
      const kept = await newVastloper('Bijstand stopt bij een bijbaan');
      await as('director', ESCALATE, { id: down });
      await as('director', ESCALATE, { id: kept });
      await db.dataSource.query(`UPDATE vastloper SET last_progress_at = now() - interval '1 day' WHERE id = $1`, [kept]);
      const { id } = await createMeeting({ type: 'BESTUURLIJK', scheduledAt: new Date(Date.now() - 3_600_000).toISOString() });
      await as('director', HELD, { id });
      await as('mayor', DECIDE, { input: { meetingId: id, vastloperId: down, text: 'Eerst lokaal met de leerplichtambtenaar oppakken.', outcome: 'DE_ESCALATE' } });
      await as('mayor', DECIDE, { input: { meetingId: id, vastloperId: kept, text: 'Blijft op de alliantietafel.', outcome: 'KEEP' } });
      const rows: { id: string; rung: string; recent: boolean }[] = await db.dataSource.query(
        `SELECT id, rung, last_progress_at > now() - interval '1 minute' AS recent FROM vastloper WHERE id = ANY($1::uuid[])`,
        [[down, kept]],
      );
      expect(Object.fromEntries(rows.map((row) => [row.id, row.rung]))).toEqual({ [down]: 'PROGRAMMABUREAU', [kept]: 'ALLIANTIE' });
      expect(rows.find((row) => row.id === kept)?.recent).toBe(true);
      const [event] = await db.dataSource.query(
        `SELECT cause, from_rung, to_rung, reason FROM escalation_event WHERE vastloper_id = $1 ORDER BY at DESC LIMIT 1`,
        [down],
      );
      expect(event).toEqual({ cause: 'DE_ESCALATED', from_rung: 'ALLIANTIE', to_rung: 'PROGRAMMABUREAU', reason: 'Eerst lokaal met de leerplichtambtenaar oppakken.' });
    });

    it('put a decision with a review date back on the first agenda on or after that date', async () => {
      // Past every other meeting of this file (they lie at most a few months ahead), so that the
      // first BESTUURLIJK meeting on or after the review date is `later`, whatever today's date is.
      const { id: later } = await createMeeting({ type: 'BESTUURLIJK', scheduledAt: new Date(Date.now() + 410 * 86_400_000).toISOString() });
      const { id } = await createMeeting({ type: 'BESTUURLIJK', scheduledAt: new Date(Date.now() - 3_600_000).toISOString() });
      await as('director', HELD, { id });
      const reviewDate = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
      const { recordDecision } = await as<{ recordDecision: { reviewDate: string; reviewAgendaItemId: string } }>('mayor', DECIDE, {
        input: { meetingId: id, text: 'Proef met één loket voor een half jaar.', reviewDate },
      });
      expect(recordDecision.reviewDate).toBe(reviewDate);
      const view = await meeting(later);
      expect(view.agenda.find((row) => row.id === recordDecision.reviewAgendaItemId)?.title).toBe('Herbeoordeling besluit: Proef met één loket voor een half jaar.');
    });
  });

  it('carries an unfinished item over to the next meeting of the same type, once', async () => {
    const { id: first } = await createMeeting({ type: 'PROGRAMMATEAM', scheduledAt: new Date(Date.now() - 3_600_000).toISOString() });
    const { id: second } = await createMeeting({ type: 'PROGRAMMATEAM', scheduledAt: new Date(Date.now() + 20 * 86_400_000).toISOString() });
    const { id: item } = await addItem(first, { title: 'Woningtoewijzing', minutesAllotted: 25 });
    await as('director', HELD, { id: first });
    const { carryOverAgendaItem } = await as<{ carryOverAgendaItem: { id: string; meetingId: string; carriedOverFromId: string } }>('director', CARRY_OVER, { id: item });
    expect(carryOverAgendaItem).toEqual(expect.objectContaining({ meetingId: second, carriedOverFromId: item }));
    const again = await attempt('director', CARRY_OVER, { id: item });
    expect(again.body.errors?.[0].extensions?.['reason']).toBe('ALREADY_CARRIED_OVER');
    // The item on the first agenda points at its copy, and the copy knows its meeting.
    const { meeting: held } = await as<{ meeting: { agenda: { carriedOverTo: { id: string; meeting: { id: string; status: string } } | null }[] } }>(
      'director',
      `query ($id: ID!) { meeting(id: $id) { agenda { carriedOverTo { id meeting { id status } } } } }`,
      { id: first },
    );
    expect(held.agenda).toEqual([{ carriedOverTo: { id: carryOverAgendaItem.id, meeting: { id: second, status: 'DRAFT' } } }]);
  });

  it("keeps the facts of every amendment, so a screen tells it in the reader's language", async () => {
    const heldAt = new Date(Date.now() - 3_600_000);
    const { id: first } = await createMeeting({ type: 'PROGRAMMATEAM', scheduledAt: heldAt.toISOString() });
    const { id: second } = await createMeeting({ type: 'PROGRAMMATEAM', scheduledAt: new Date(Date.now() + 5 * 60_000).toISOString() });
    const { id: unfinished } = await addItem(first, { title: 'Schoolroutes' });
    const { id: opening } = await addItem(second, { title: 'Opening' });
    const { id: closing } = await addItem(second, { title: 'Rondvraag' });
    await as('director', PUBLISH, { id: second });
    await as('director', HELD, { id: first });

    await as('director', MOVE, { id: closing, position: 1 });
    await as('director', REMOVE, { id: opening });
    await as('director', CARRY_OVER, { id: unfinished });

    const heldOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(heldAt);
    expect((await meeting(second)).amendments).toEqual([
      expect.objectContaining({ change: 'MOVED', itemTitle: 'Rondvraag', position: 1, carriedOverFrom: null, description: 'Verplaatst naar punt 1: Rondvraag' }),
      expect.objectContaining({ change: 'REMOVED', itemTitle: 'Opening', position: null, carriedOverFrom: null, description: 'Vervallen: Opening' }),
      expect.objectContaining({ change: 'ADDED', itemTitle: 'Schoolroutes', position: null, carriedOverFrom: heldOn }),
    ]);
  });

  it('lists open commitments as the standing item of every ALLIANTIE agenda, longest open first', async () => {
    const { createActionItem } = await as<{ createActionItem: { id: string; dueDate: string; kind: string } }>('director', CREATE_ACTION, {
      input: { allianceId: alliances[SLUG], description: 'Het Rijk zoekt uit of de regeling kan worden verruimd.', kind: 'COMMITMENT', committedBy: 'RIJK', ownerId: people[email('rijksvertegenwoordiger')] },
    });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const year = Number(today.slice(0, 4));
    expect(createActionItem.dueDate).toBe(today < `${year}-07-01` ? `${year}-07-01` : today < `${year}-12-31` ? `${year}-12-31` : `${year + 1}-07-01`);
    const { id } = await createMeeting({ type: 'ALLIANTIE', scheduledAt: new Date(Date.now() + 90 * 86_400_000).toISOString() });
    const view = await meeting(id);
    const open = view.openCommitments;
    expect(open.map((row) => row.id)).toContain(createActionItem.id);
    expect(open.at(-1)?.id).toBe(createActionItem.id);
    expect(open.map((row) => row.createdAt)).toEqual([...open.map((row) => row.createdAt)].sort());
    expect((await meeting((await createMeeting({ type: 'PROGRAMMATEAM', scheduledAt: '2027-03-01T10:00:00Z' })).id)).openCommitments).toEqual([]);
  });

  it('shows the doorbraakoverleg whole to coordinators, and to a programme director only through their own items', async () => {
    const vastloper = await newVastloper('Ontheffing Participatiewet voor de wijkaanpak');
    const { createMeeting: national } = await as<{ createMeeting: { id: string } }>('coordinator', CREATE_MEETING, {
      input: { type: 'DOORBRAAKOVERLEG', scheduledAt: new Date(Date.now() + 50 * 86_400_000).toISOString() },
    });
    await addItem(national.id, { title: 'Opening', kind: 'INFORMATION' }, 'coordinator');
    expect(errorCode(await attempt('director', MEETING, { id: national.id }))).toBe('NOT_FOUND');
    await addItem(national.id, { title: 'Participatiewet Rotterdam Zuid', kind: 'DECISION', vastloperId: vastloper }, 'coordinator');
    const directorView = await meeting(national.id, 'director');
    expect(directorView.fullView).toBe(false);
    expect(directorView.agenda.map((row) => row.title)).toEqual(['Participatiewet Rotterdam Zuid']);
    expect(directorView.attendees).toEqual([]);
    expect(errorCode(await attempt('otherDirector', MEETING, { id: national.id }))).toBe('NOT_FOUND');
    const coordinatorView = await meeting(national.id, 'coordinator');
    expect(coordinatorView.fullView).toBe(true);
    expect(coordinatorView.agenda.map((row) => row.title)).toEqual(['Opening', 'Participatiewet Rotterdam Zuid']);
    expect(errorCode(await attempt('director', ADD_ITEM, { meetingId: national.id, input: { title: 'x', kind: 'INFORMATION' } }))).toBe('FORBIDDEN');
  });

  describe('the private calendar feed', () => {
    const FEED = `mutation { createCalendarFeed { active createdAt path } }`;
    const REVOKE = `mutation { revokeCalendarFeed }`;
    const STATE = `{ calendarFeed { active path } }`;

    const parse = (text: string) => {
      const calendar = new ICAL.Component(ICAL.parse(text));
      return calendar.getAllSubcomponents('vevent').map((component) => {
        const event = new ICAL.Event(component);
        return {
          uid: event.uid,
          summary: event.summary,
          start: event.startDate.toJSDate().toISOString(),
          end: event.endDate.toJSDate().toISOString(),
          status: String(component.getFirstPropertyValue('status')),
          url: String(component.getFirstPropertyValue('url')),
        };
      });
    };

    it('lists the meetings a person is invited to, valid for calendar clients, with cancelled ones marked', async () => {
      const { createCalendarFeed } = await as<{ createCalendarFeed: { active: boolean; path: string } }>('mayor', FEED);
      expect(createCalendarFeed.path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      const { id } = await createMeeting({
        type: 'BESTUURLIJK',
        scheduledAt: '2027-03-04T13:00:00Z',
        durationMinutes: 90,
        location: 'Stadhuis',
        attendeePersonIds: [people[email('burgemeester')]],
      });
      const { id: cancelled } = await createMeeting({ type: 'BESTUURLIJK', scheduledAt: '2027-03-18T13:00:00Z', attendeePersonIds: [people[email('burgemeester')]] });
      await as('director', CANCEL, { id: cancelled, reason: 'Verplaatst' });

      const response = await fetch(`${url}${createCalendarFeed.path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const text = await response.text();
      expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
      const events = parse(text);
      expect(events.find((event) => event.uid === `${id}@doorbraak`)).toEqual({
        uid: `${id}@doorbraak`,
        summary: 'Bestuurlijk overleg Nationaal Programma Rotterdam Zuid (NPRZ)',
        start: '2027-03-04T13:00:00.000Z',
        end: '2027-03-04T14:30:00.000Z',
        status: 'TENTATIVE',
        url: `http://localhost:4200/vergaderingen/${id}`,
      });
      expect(events.find((event) => event.uid === `${cancelled}@doorbraak`)?.status).toBe('CANCELLED');
      const invited: { id: string }[] = await db.dataSource.query(
        `SELECT DISTINCT meeting_id AS id FROM meeting_attendee a JOIN meeting m ON m.id = a.meeting_id
          WHERE a.person_id = $1 AND m.scheduled_at >= now() - interval '365 days'`,
        [people[email('burgemeester')]],
      );
      expect(events.map((event) => event.uid).sort()).toEqual(invited.map((row) => `${row.id}@doorbraak`).sort());
      expect((await as<{ calendarFeed: { active: boolean; path: string | null } }>('mayor', STATE)).calendarFeed).toEqual({ active: true, path: null });
    });

    it('stops working when revoked or replaced, and is a plain 404 for unknown tokens', async () => {
      const first = (await as<{ createCalendarFeed: { path: string } }>('partner', FEED)).createCalendarFeed.path;
      const second = (await as<{ createCalendarFeed: { path: string } }>('partner', FEED)).createCalendarFeed.path;
      expect((await fetch(`${url}${first}`)).status).toBe(404);
      expect((await fetch(`${url}${second}`)).status).toBe(200);
      expect((await as<{ revokeCalendarFeed: boolean }>('partner', REVOKE)).revokeCalendarFeed).toBe(true);
      expect((await fetch(`${url}${second}`)).status).toBe(404);
      expect((await as<{ revokeCalendarFeed: boolean }>('partner', REVOKE)).revokeCalendarFeed).toBe(false);
      expect((await fetch(`${url}/calendar/niet-geldig.ics`)).status).toBe(404);
      expect((await fetch(`${url}/calendar/${'a'.repeat(43)}.ics`)).status).toBe(404);
    });

    it('makes a new feed when asked twice at once (a double click), keeping one active', async () => {
      const answers = await Promise.all(Array.from({ length: 6 }, () => attempt('mayor', FEED)));
      expect(answers.map((answer) => answer.body.errors?.[0]?.extensions?.code ?? 'OK')).toEqual(answers.map(() => 'OK'));
      // Each replaced the one before: exactly one of the six addresses still serves the feed.
      const paths = answers.map((answer) => (answer.body.data as { createCalendarFeed: { path: string } }).createCalendarFeed.path);
      const statuses = await Promise.all(paths.map(async (path) => (await fetch(`${url}${path}`)).status));
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    });

    it("drops an alliance's meetings from the feed of someone who left the alliance", async () => {
      const partner = people[email('partner')];
      const { id } = await createMeeting({ type: 'BESTUURLIJK', scheduledAt: '2027-04-01T12:00:00Z', attendeePersonIds: [partner] });
      const path = (await as<{ createCalendarFeed: { path: string } }>('partner', FEED)).createCalendarFeed.path;
      expect(parse(await (await fetch(`${url}${path}`)).text()).map((event) => event.uid)).toContain(`${id}@doorbraak`);

      await db.dataSource.query(`DELETE FROM membership WHERE person_id = $1`, [partner]);
      const response = await fetch(`${url}${path}`);
      expect(response.status).toBe(200);
      expect(parse(await response.text()).map((event) => event.uid)).not.toContain(`${id}@doorbraak`);
    });
  });
});
