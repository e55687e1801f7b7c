import type { INestApplication } from '@nestjs/common';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { seedDemoData } from '@doorbraak/server-seed';
import { closeLivePubSub, createLivePubSub } from '@doorbraak/server-live';
import { createTestDatabase, errorCode, graphqlData, graphqlRequest, publishLive, signIn, startTestApi, subscribeLive, testRedisUrl, untilListening, type LiveSubscription, type Session, type TestDatabase } from '@doorbraak/server-testing';

const AGENDA = `subscription ($meetingId: ID!) {
  agendaChanged(meetingId: $meetingId) { meetingId kind agendaItemId actor { name } meeting { id status agenda { id position title source } } }
}`;

type AgendaEvent = {
  agendaChanged: {
    meetingId: string;
    kind: string;
    agendaItemId: string | null;
    actor: { name: string } | null;
    meeting: { id: string; status: string; agenda: { id: string; position: number; title: string; source: string }[] };
  };
};

const DIRECTOR = 'programmadirecteur.rotterdam-zuid';
const MAYOR = 'burgemeester.rotterdam-zuid';
const OTHER_DIRECTOR = 'programmadirecteur.delft-west';

describe('live agenda changes over WebSocket', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let url: string;
  let pubsub: RedisPubSub;
  let allianceId: string;
  const redisUrl = testRedisUrl();
  const sessions: Record<string, Session> = {};
  const names: Record<string, string> = {};
  const open: LiveSubscription<unknown>[] = [];

  const live = (who: string, meetingId: string): LiveSubscription<AgendaEvent> => {
    const subscription = subscribeLive<AgendaEvent>(url, sessions[who].token, AGENDA, { meetingId });
    open.push(subscription as LiveSubscription<unknown>);
    return subscription;
  };

  const as = <T>(who: string, query: string, variables: Record<string, unknown>): Promise<T> => graphqlData<T>(url, query, variables, { token: sessions[who].token });

  // A made-up change, announced as the API would: proves the stream is listening.
  const probe = (meetingId: string) => () =>
    publishLive(pubsub, redisUrl, 'agendaChanged', { meetingId, kind: 'MEETING_CHANGED', agendaItemId: null, actorId: null, at: new Date().toISOString() });
  const isProbe = (event: AgendaEvent) => event.agendaChanged.kind === 'MEETING_CHANGED';

  const createMeeting = async (daysAhead: number): Promise<string> =>
    (
      await as<{ createMeeting: { id: string } }>(DIRECTOR, `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`, {
        input: { type: 'ALLIANTIE', allianceId, scheduledAt: new Date(Date.now() + daysAhead * 86_400_000).toISOString(), durationMinutes: 60 },
      })
    ).createMeeting.id;

  const addItem = async (meetingId: string, title: string, extra: Record<string, unknown> = {}): Promise<string> =>
    (
      await as<{ addAgendaItem: { id: string } }>(DIRECTOR, `mutation ($meetingId: ID!, $input: AddAgendaItemInput!) { addAgendaItem(meetingId: $meetingId, input: $input) { id } }`, {
        meetingId,
        input: { title, kind: 'DISCUSSION', minutesAllotted: 15, ...extra },
      })
    ).addAgendaItem.id;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    // Only this test's items may climb.
    await db.dataSource.query(`UPDATE vastloper SET next_escalation_at = NULL, early_warning_at = NULL`);
    [{ id: allianceId }] = await db.dataSource.query(`SELECT id FROM alliance WHERE slug = 'rotterdam-zuid'`);
    ({ app: api, url } = await startTestApi(db.appUrl));
    for (const who of [DIRECTOR, MAYOR, OTHER_DIRECTOR]) {
      sessions[who] = await signIn(url, `${who}@demo.doorbraak.nl`);
      [{ name: names[who] }] = await db.dataSource.query(`SELECT name FROM person WHERE email = $1`, [`${who}@demo.doorbraak.nl`]);
    }
    pubsub = createLivePubSub(redisUrl);
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((subscription) => subscription.stop()));
  });

  afterAll(async () => {
    await api?.close();
    if (pubsub) await closeLivePubSub(pubsub);
    await db?.drop();
  });

  it("tells the mayor of the programme director's changes, with the agenda as it is now", async () => {
    const meetingId = await createMeeting(40);
    const first = await addItem(meetingId, 'Opening');
    const second = await addItem(meetingId, 'Schoolroutes');
    const third = await addItem(meetingId, 'Rondvraag');
    const mayor = live(MAYOR, meetingId);
    await untilListening(mayor, probe(meetingId), isProbe);

    await as(DIRECTOR, `mutation ($id: ID!) { moveAgendaItem(id: $id, position: 1) { id } }`, { id: third });
    const moved = await mayor.next((event) => event.agendaChanged.kind === 'MOVED');
    expect(moved.agendaChanged).toMatchObject({ meetingId, agendaItemId: third, actor: { name: names[DIRECTOR] } });
    expect(moved.agendaChanged.meeting.agenda.map((item) => [item.position, item.title])).toEqual([
      [1, 'Rondvraag'],
      [2, 'Opening'],
      [3, 'Schoolroutes'],
    ]);

    await as(DIRECTOR, `mutation ($id: ID!) { updateAgendaItem(id: $id, input: { title: "Opening en mededelingen" }) { id } }`, { id: first });
    const updated = await mayor.next((event) => event.agendaChanged.kind === 'UPDATED');
    expect(updated.agendaChanged.meeting.agenda.find((item) => item.id === first)?.title).toBe('Opening en mededelingen');

    await as(DIRECTOR, `mutation ($id: ID!) { removeAgendaItem(id: $id) { id } }`, { id: second });
    const removed = await mayor.next((event) => event.agendaChanged.kind === 'REMOVED');
    expect(removed.agendaChanged.meeting.agenda.map((item) => item.id)).toEqual([third, first]);

    await as(DIRECTOR, `mutation ($meetingId: ID!) { publishAgenda(meetingId: $meetingId) { id } }`, { meetingId });
    const published = await mayor.next((event) => event.agendaChanged.kind === 'PUBLISHED');
    expect(published.agendaChanged.meeting.status).toBe('AGENDA_PUBLISHED');

    const added = await addItem(meetingId, 'Extra punt');
    expect((await mayor.next((event) => event.agendaChanged.kind === 'ADDED')).agendaChanged.agendaItemId).toBe(added);
    expect(mayor.errors).toEqual([]);
  });

  it('tells of an escalated item the ladder places on the next alliance meeting', async () => {
    // The ladder's target: the soonest draft alliance meeting of rotterdam-zuid.
    const meetingId = await createMeeting(1);
    const [target]: { id: string }[] = await db.dataSource.query(
      `SELECT id FROM meeting WHERE type = 'ALLIANTIE' AND alliance_id = $1 AND status = 'DRAFT' AND scheduled_at > now() ORDER BY scheduled_at LIMIT 1`,
      [allianceId],
    );
    expect(target.id).toBe(meetingId);
    const { createVastloper } = await as<{ createVastloper: { id: string } }>(
      DIRECTOR,
      `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`,
      { input: { allianceId, title: 'Jongerenwerk zonder huisvesting', category: 'HUISVESTING', actielijn: 'MEEDOEN', confidential: false } },
    );
    const mayor = live(MAYOR, meetingId);
    await untilListening(mayor, probe(meetingId), isProbe);

    await as(DIRECTOR, `mutation ($itemId: ID!) { escalate(itemId: $itemId, reason: "Geen woonruimte beschikbaar") { __typename } }`, { itemId: createVastloper.id });

    const placed = await mayor.next((event) => event.agendaChanged.kind === 'ESCALATION');
    expect(placed.agendaChanged.actor).toBeNull();
    expect(placed.agendaChanged.meeting.agenda).toEqual([
      expect.objectContaining({ id: placed.agendaChanged.agendaItemId, title: 'Escalatie: Jongerenwerk zonder huisvesting', source: 'ESCALATION' }),
    ]);
  });

  it('tells of a minute, a decision and an action item recorded during the meeting, by whom', async () => {
    const meetingId = await createMeeting(30);
    const itemId = await addItem(meetingId, 'Schoolroutes');
    await as(DIRECTOR, `mutation ($meetingId: ID!) { publishAgenda(meetingId: $meetingId) { id } }`, { meetingId });
    const mayor = live(MAYOR, meetingId);
    await untilListening(mayor, probe(meetingId), isProbe);
    const recorded = () => mayor.events.filter((event) => event.agendaChanged.kind === 'RECORDED');

    await as(DIRECTOR, `mutation ($id: ID!) { recordAgendaMinute(agendaItemId: $id, minute: "Besproken met de scholen") { id } }`, { id: itemId });
    await mayor.next(() => recorded().length === 1);
    await as(DIRECTOR, `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }`, {
      input: { meetingId, agendaItemId: itemId, text: 'De routes worden vóór de zomer veilig gemaakt' },
    });
    await mayor.next(() => recorded().length === 2);
    await as(DIRECTOR, `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`, {
      input: { meetingId, agendaItemId: itemId, description: 'Verkeersplan opstellen', kind: 'COMMITMENT', committedBy: 'GEMEENTE' },
    });
    await mayor.next(() => recorded().length === 3);
    expect(recorded().map((event) => [event.agendaChanged.agendaItemId, event.agendaChanged.actor?.name])).toEqual([
      [itemId, names[DIRECTOR]],
      [itemId, names[DIRECTOR]],
      [itemId, names[DIRECTOR]],
    ]);
    expect(mayor.errors).toEqual([]);
  });

  it('refuses a person of another alliance, who hears nothing of the changes', async () => {
    const meetingId = await createMeeting(50);
    const other = live(OTHER_DIRECTOR, meetingId);
    const mayor = live(MAYOR, meetingId);
    await other.ended();
    expect(other.errors.map((error) => error.extensions?.['code'])).toEqual(['NOT_FOUND']);
    await untilListening(mayor, probe(meetingId), isProbe);

    await addItem(meetingId, 'Geheim voor Delft');
    await mayor.next((event) => event.agendaChanged.kind === 'ADDED');
    expect(other.events).toEqual([]);
  });

  it('tells nothing of another meeting, nor of a change that was refused', async () => {
    const meetingId = await createMeeting(60);
    const elsewhere = await createMeeting(61);
    const mayor = live(MAYOR, meetingId);
    await untilListening(mayor, probe(meetingId), isProbe);

    await addItem(elsewhere, 'Op een andere agenda');
    const refused = await graphqlRequest(url, `mutation ($meetingId: ID!) { addAgendaItem(meetingId: $meetingId, input: { title: "Mag niet", kind: INFORMATION }) { id } }`, { meetingId }, { token: sessions[MAYOR].token });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    // A change that is told: everything before it has been decided on.
    const last = await addItem(meetingId, 'Wel toegestaan');
    await mayor.next((event) => event.agendaChanged.agendaItemId === last);
    expect(mayor.events.filter((event) => !isProbe(event)).map((event) => event.agendaChanged.agendaItemId)).toEqual([last]);
  });
});
