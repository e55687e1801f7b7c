import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import { addWorkingDays, DEFAULT_CALENDAR } from '@doorbraak/domain';
import { seedDemoData } from '@doorbraak/server-seed';
import { createRedisConnection, JOBS, QUEUES } from '@doorbraak/server-core';
import { EscalationJobsModule } from './escalation-jobs.module';
import { AnswerSweepService } from './jobs/answer-sweep.service';
import { createTestDatabase, obliterateQueues, escalationPorts, graphqlData, graphqlRequest, nodesOf, signIn, startTestApi, startTestWorker, testConfig, testRedisUrl, type GraphqlResult, type TestDatabase } from '@doorbraak/server-testing';

const ANSWER_TIME = `answerTime { reachedRung reachedMinistryAt acknowledgeBy acknowledgedAt acknowledgeNote answerBy answeredAt answer
  acknowledgeFlaggedAt answerFlaggedAt closedAt flag }`;
const CREATE = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;
const ESCALATE = `mutation ($id: ID!) { escalate(itemId: $id, reason: "Lokaal niet op te lossen") { ... on Vastloper { rung } } }`;
const DE_ESCALATE = `mutation ($id: ID!) { deEscalate(itemId: $id, reason: "Eerst lokaal verder") { ... on Vastloper { rung } } }`;
const ACKNOWLEDGE = `mutation ($id: ID!, $note: String) { acknowledgeVastloper(id: $id, note: $note) { id ${ANSWER_TIME} } }`;
const ANSWER = `mutation ($id: ID!, $answer: String!) { answerVastloper(id: $id, answer: $answer) { id ${ANSWER_TIME} } }`;
const DETAIL = `query ($id: ID!) { vastloper(id: $id) { rung ${ANSWER_TIME}
  viewerCan { acknowledgeForMinistry answerForMinistry } progressUpdates { edges { node { text } } } } }`;
const FLAGGED = `query ($allianceId: ID!, $flag: AnswerFlag!) {
  vastlopers(first: 100, filter: { allianceId: $allianceId, answerFlag: $flag }) { edges { node { id } } } }`;
const SETTINGS = `mutation ($allianceId: ID, $settings: AnswerTimeSettingsInput) {
  updateAnswerTimeSettings(allianceId: $allianceId, settings: $settings) { acknowledgeWorkingDays answerWorkingDays overridden } }`;

type AnswerTime = {
  reachedRung: string;
  reachedMinistryAt: string;
  acknowledgeBy: string;
  acknowledgedAt: string | null;
  acknowledgeNote: string | null;
  answerBy: string;
  answeredAt: string | null;
  answer: string | null;
  acknowledgeFlaggedAt: string | null;
  answerFlaggedAt: string | null;
  closedAt: string | null;
  flag: string;
};
type Detail = {
  vastloper: {
    rung: string;
    answerTime: AnswerTime | null;
    viewerCan: { acknowledgeForMinistry: boolean; answerForMinistry: boolean };
    progressUpdates: { edges: { node: { text: string } }[] };
  };
};

const SLUG = 'rotterdam-zuid';


const reasonOf = (result: GraphqlResult<unknown>): { code: unknown; reason: unknown } => ({
  code: result.body.errors?.[0]?.extensions?.['code'],
  reason: result.body.errors?.[0]?.extensions?.['reason'],
});

describe("a ministry's answer time, flagged by the worker", () => {
  let db: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let url: string;
  let connection: ReturnType<typeof createRedisConnection>;
  let queue: Queue;
  let events: QueueEvents;
  let eventsConnection: ReturnType<typeof createRedisConnection>;
  let allianceId: string;
  const tokens: Record<'director' | 'rv' | 'coordinator' | 'otherRv' | 'admin', string> = { director: '', rv: '', coordinator: '', otherRv: '', admin: '' };
  const people: Record<string, string> = {};

  beforeAll(async () => {
    await obliterateQueues([QUEUES.escalation]);
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    // The demo's own due items would keep the worker busy: this test watches only its own.
    await db.dataSource.query(`UPDATE vastloper SET next_escalation_at = NULL, early_warning_at = NULL`);
    await db.dataSource.query(`UPDATE doorbraak SET next_escalation_at = NULL, early_warning_at = NULL`);
    await db.dataSource.query(`UPDATE answer_clock SET closed_at = now() WHERE closed_at IS NULL`);
    allianceId = ((await db.dataSource.query(`SELECT id FROM alliance WHERE slug = $1`, [SLUG])) as { id: string }[])[0].id;
    for (const { email, id } of (await db.dataSource.query(`SELECT email, id FROM person`)) as { email: string; id: string }[]) {
      people[email.split('@')[0]] = id;
    }
    ({ app: api, url } = await startTestApi(db.appUrl));
    tokens.director = (await signIn(url, `programmadirecteur.${SLUG}@demo.doorbraak.nl`)).token;
    tokens.rv = (await signIn(url, `rijksvertegenwoordiger.${SLUG}@demo.doorbraak.nl`)).token;
    tokens.otherRv = (await signIn(url, 'rijksvertegenwoordiger.zaandam-oost@demo.doorbraak.nl')).token;
    tokens.coordinator = (await signIn(url, 'coordinator@demo.doorbraak.nl')).token;
    tokens.admin = (await signIn(url, 'admin@demo.doorbraak.nl')).token;
    // The scheduled sweeps stay out of the way (an hour apart): the test queues its own.
    worker = await startTestWorker(testConfig({ databaseUrl: db.appUrl, escalationSweepEvery: 'PT1H' }), [EscalationJobsModule, escalationPorts()]);
    connection = createRedisConnection(testRedisUrl());
    queue = new Queue(QUEUES.escalation, { connection });
    eventsConnection = createRedisConnection(testRedisUrl());
    events = new QueueEvents(QUEUES.escalation, { connection: eventsConnection });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await events?.close();
    eventsConnection?.disconnect();
    await queue?.close();
    connection?.disconnect();
    await worker?.close();
    await api?.close();
    await obliterateQueues([QUEUES.escalation]);
    await db?.drop();
  });

  const create = async (title: string): Promise<string> =>
    (
      await graphqlData<{ createVastloper: { id: string } }>(
        url,
        CREATE,
        { input: { allianceId, title, category: 'WET_EN_REGELGEVING', actielijn: 'MEEDOEN', owningMinistry: 'SZW' } },
        { token: tokens.director },
      )
    ).createVastloper.id;

  const toMinistry = async (title: string): Promise<string> => {
    const id = await create(title);
    await graphqlData(url, ESCALATE, { id }, { token: tokens.director });
    await graphqlData(url, ESCALATE, { id }, { token: tokens.director });
    return id;
  };

  const detail = async (id: string, token = tokens.director): Promise<Detail['vastloper']> =>
    (await graphqlData<Detail>(url, DETAIL, { id }, { token })).vastloper;

  // Moves the open clock back, as if the item reached the ministry long ago: the acknowledgement (or, with
  // the acknowledgement long past, the answer) fell due a moment ago.
  const age = async (id: string, what: 'acknowledge' | 'answer'): Promise<void> => {
    const [acknowledgeBy, answerBy] = what === 'acknowledge' ? ["now() - interval '2 seconds'", "now() + interval '20 days'"] : ["now() - interval '60 days'", "now() - interval '1 second'"];
    await db.dataSource.query(
      `UPDATE answer_clock SET reached_ministry_at = now() - interval '90 days', acknowledge_by = ${acknowledgeBy}, answer_by = ${answerBy}
        WHERE vastloper_id = $1 AND closed_at IS NULL`,
      [id],
    );
  };

  // The sweep as the worker runs it, several times at once: jobs on the queue, and direct calls besides.
  const sweepConcurrently = async (): Promise<void> => {
    const jobs = await Promise.all(
      [1, 2, 3].map((n) => queue.add(JOBS.escalation.answerSweep, {}, { jobId: `answer-sweep-test-${Date.now()}-${n}`, attempts: 1 })),
    );
    const sweeps = worker.get(AnswerSweepService);
    await Promise.all([...jobs.map((job) => job.waitUntilFinished(events, 30_000)), sweeps.sweep(new Date()), sweeps.sweep(new Date())]);
  };

  const notified = async (id: string): Promise<{ recipientId: string; dedupeKey: string; message: string }[]> =>
    db.dataSource.query(
      `SELECT recipient_id AS "recipientId", dedupe_key AS "dedupeKey", message FROM notification
        WHERE vastloper_id = $1 AND kind = 'ANSWER_OVERDUE' ORDER BY dedupe_key, recipient_id`,
      [id],
    );

  const flagged = async (flag: string): Promise<string[]> =>
    (
      await graphqlData<{ vastlopers: { edges: { node: { id: string } }[] } }>(url, FLAGGED, { allianceId, flag }, { token: tokens.director })
    ).vastlopers.edges.map((edge) => edge.node.id);

  it('starts the clock when a vastloper reaches the rijksvertegenwoordiger, with deadlines in working days', async () => {
    const id = await create('Beslagvrije voet bij schuldhulp');
    expect((await detail(id)).answerTime).toBeNull();
    await graphqlData(url, ESCALATE, { id }, { token: tokens.director });
    expect((await detail(id)).answerTime).toBeNull();
    await graphqlData(url, ESCALATE, { id }, { token: tokens.director });

    const { rung, answerTime, viewerCan } = await detail(id, tokens.rv);
    expect(rung).toBe('RIJKSVERTEGENWOORDIGER');
    const reached = new Date((answerTime as AnswerTime).reachedMinistryAt);
    expect(answerTime).toMatchObject({ reachedRung: 'RIJKSVERTEGENWOORDIGER', acknowledgedAt: null, answeredAt: null, closedAt: null, flag: 'NONE' });
    expect(new Date((answerTime as AnswerTime).acknowledgeBy)).toEqual(addWorkingDays(reached, 10, DEFAULT_CALENDAR));
    expect(new Date((answerTime as AnswerTime).answerBy)).toEqual(addWorkingDays(reached, 30, DEFAULT_CALENDAR));
    // The rijksvertegenwoordiger owns it there; the programme director does not.
    expect(viewerCan).toEqual({ acknowledgeForMinistry: true, answerForMinistry: true });
    expect((await detail(id)).viewerCan).toEqual({ acknowledgeForMinistry: false, answerForMinistry: false });
  });

  it('flags an item not acknowledged in time exactly once, and tells the holder of the next rung once, however often the sweep runs', async () => {
    const id = await toMinistry('Jeugdzorg over gemeentegrenzen');
    await age(id, 'acknowledge');
    // Flagged by its deadline already, before any sweep.
    expect((await detail(id)).answerTime?.flag).toBe('ACK_OVERDUE');

    await sweepConcurrently();
    const firstFlag = (await detail(id)).answerTime?.acknowledgeFlaggedAt;
    await sweepConcurrently();

    const coordinators: string[] = (
      (await db.dataSource.query(`SELECT person_id FROM membership WHERE role = 'NATIONAL_COORDINATOR' AND alliance_id IS NULL`)) as { person_id: string }[]
    ).map((row) => row.person_id);
    expect(coordinators.length).toBeGreaterThan(0);
    const sent = await notified(id);
    // The next rung (INTERDEPARTEMENTAAL) is held by the national coordinators: one message each.
    expect(sent.map((row) => row.recipientId).sort()).toEqual([...coordinators].sort());
    expect(new Set(sent.map((row) => row.dedupeKey)).size).toBe(1);
    expect(sent[0].message).toContain('niet in behandeling genomen door de rijksvertegenwoordiger');

    const { answerTime } = await detail(id);
    expect(answerTime?.flag).toBe('ACK_OVERDUE');
    expect(answerTime?.acknowledgeFlaggedAt).not.toBeNull();
    expect(answerTime?.acknowledgeFlaggedAt).toBe(firstFlag);
    expect(await flagged('ACK_OVERDUE')).toContain(id);
    expect(await flagged('NONE')).not.toContain(id);

    // A late acknowledgement clears the flag; nobody is told again.
    await graphqlData(url, ACKNOWLEDGE, { id, note: 'Opgepakt met SZW' }, { token: tokens.rv });
    await sweepConcurrently();
    expect((await detail(id)).answerTime?.flag).toBe('NONE');
    expect(await notified(id)).toHaveLength(sent.length);
    expect(await flagged('ACK_OVERDUE')).not.toContain(id);
  });

  it('does not flag an item acknowledged in time, and flags a missing answer once', async () => {
    const id = await toMinistry('Wachtlijst schuldhulp en de Participatiewet');
    const acknowledged = await graphqlData<{ acknowledgeVastloper: { answerTime: AnswerTime } }>(url, ACKNOWLEDGE, { id, note: null }, { token: tokens.rv });
    expect(acknowledged.acknowledgeVastloper.answerTime).toMatchObject({ flag: 'NONE', acknowledgeNote: null });
    expect(acknowledged.acknowledgeVastloper.answerTime.acknowledgedAt).not.toBeNull();
    // The acknowledgement shows on the item's timeline and counts as progress.
    expect(nodesOf((await detail(id)).progressUpdates).map((update) => update.text)).toContain('Ministerie: in behandeling genomen.');
    // It acknowledges the rung too, in the same command: nobody is asked to acknowledge it a second time.
    const rung = await graphqlData<{ vastloper: { status: string; acknowledgedAt: string | null; viewerCan: { acknowledge: boolean } } }>(
      url,
      `query ($id: ID!) { vastloper(id: $id) { status acknowledgedAt viewerCan { acknowledge } } }`,
      { id },
      { token: tokens.rv },
    );
    expect(rung.vastloper).toMatchObject({ status: 'IN_BEHANDELING', acknowledgedAt: acknowledged.acknowledgeVastloper.answerTime.acknowledgedAt, viewerCan: { acknowledge: false } });

    await db.dataSource.query(
      `UPDATE answer_clock SET reached_ministry_at = now() - interval '90 days', acknowledge_by = now() - interval '60 days' WHERE vastloper_id = $1`,
      [id],
    );
    await sweepConcurrently();
    expect(await notified(id)).toEqual([]);
    expect((await detail(id)).answerTime?.flag).toBe('NONE');

    await age(id, 'answer');
    await sweepConcurrently();
    await sweepConcurrently();
    const sent = await notified(id);
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent.map((row) => row.recipientId)).size).toBe(sent.length);
    expect(sent[0].message).toContain('niet beantwoord');
    expect((await detail(id)).answerTime?.flag).toBe('ANSWER_OVERDUE');
    expect(await flagged('ANSWER_OVERDUE')).toContain(id);

    const answered = await graphqlData<{ answerVastloper: { answerTime: AnswerTime } }>(url, ANSWER, { id, answer: 'Maatwerk is toegestaan' }, { token: tokens.rv });
    expect(answered.answerVastloper.answerTime).toMatchObject({ flag: 'NONE', answer: 'Maatwerk is toegestaan' });
    expect(await flagged('ANSWER_OVERDUE')).not.toContain(id);
  });

  it('restarts the clock when the item comes back to the ministry after a de-escalation, and keeps it while climbing', async () => {
    const id = await toMinistry('Huisvesting statushouders');
    await graphqlData(url, ACKNOWLEDGE, { id }, { token: tokens.rv });
    const first = (await detail(id)).answerTime as AnswerTime;

    await graphqlData(url, ESCALATE, { id }, { token: tokens.director });
    expect((await detail(id)).answerTime).toEqual(first);

    await graphqlData(url, DE_ESCALATE, { id }, { token: tokens.director });
    await graphqlData(url, DE_ESCALATE, { id }, { token: tokens.director });
    expect((await detail(id)).rung).toBe('ALLIANTIE');
    expect((await detail(id)).answerTime?.closedAt).not.toBeNull();
    expect((await detail(id)).answerTime?.flag).toBe('NONE');

    await graphqlData(url, ESCALATE, { id }, { token: tokens.director });
    const second = (await detail(id)).answerTime as AnswerTime;
    expect(second).toMatchObject({ reachedRung: 'RIJKSVERTEGENWOORDIGER', acknowledgedAt: null, closedAt: null });
    expect(new Date(second.reachedMinistryAt).getTime()).toBeGreaterThan(new Date(first.reachedMinistryAt).getTime());
    const clocks: { closed: boolean }[] = await db.dataSource.query(
      `SELECT closed_at IS NOT NULL AS closed FROM answer_clock WHERE vastloper_id = $1 ORDER BY reached_ministry_at`,
      [id],
    );
    expect(clocks).toEqual([{ closed: true }, { closed: false }]);
  });

  it('uses the alliance’s own working days over the national ones, for new and open clocks', async () => {
    const open = await toMinistry('Gegevensdeling wijkteams en politie');
    await graphqlData(url, SETTINGS, { allianceId: null, settings: { acknowledgeWorkingDays: 5, answerWorkingDays: 20 } }, { token: tokens.admin });
    const own = await graphqlData<{ updateAnswerTimeSettings: unknown }>(
      url,
      SETTINGS,
      { allianceId, settings: { acknowledgeWorkingDays: 3, answerWorkingDays: 15 } },
      { token: tokens.director },
    );
    expect(own.updateAnswerTimeSettings).toEqual({ acknowledgeWorkingDays: 3, answerWorkingDays: 15, overridden: true });
    const rescheduled = (await detail(open)).answerTime as AnswerTime;
    expect(new Date(rescheduled.acknowledgeBy)).toEqual(addWorkingDays(new Date(rescheduled.reachedMinistryAt), 3, DEFAULT_CALENDAR));

    const later = (await detail(await toMinistry('Leerplicht en zorg'))).answerTime as AnswerTime;
    expect(new Date(later.answerBy)).toEqual(addWorkingDays(new Date(later.reachedMinistryAt), 15, DEFAULT_CALENDAR));

    // Dropping the alliance's own brings the national setting back.
    const dropped = await graphqlData<{ updateAnswerTimeSettings: unknown }>(url, SETTINGS, { allianceId, settings: null }, { token: tokens.director });
    expect(dropped.updateAnswerTimeSettings).toEqual({ acknowledgeWorkingDays: 5, answerWorkingDays: 20, overridden: false });
    await graphqlData(url, SETTINGS, { allianceId: null, settings: { acknowledgeWorkingDays: 10, answerWorkingDays: 30 } }, { token: tokens.admin });
  });

  it('refuses bad input and wrong moments with a code, and changes nothing', async () => {
    const below = await create('Nog bij het programmabureau');
    const atMinistry = await toMinistry('Bij de rijksvertegenwoordiger');
    const audits = async (): Promise<number> =>
      Number(((await db.dataSource.query(`SELECT count(*) FROM audit_entry WHERE operation IN ('acknowledgeVastloper', 'answerVastloper', 'updateAnswerTimeSettings')`)) as { count: string }[])[0].count);
    const before = await audits();
    const clockOf = async (id: string): Promise<unknown> => db.dataSource.query(`SELECT * FROM answer_clock WHERE vastloper_id = $1`, [id]);
    const clockBefore = await clockOf(atMinistry);

    expect(reasonOf(await graphqlRequest(url, ACKNOWLEDGE, { id: below }, { token: tokens.coordinator }))).toEqual({ code: 'INVALID_TRANSITION', reason: 'NOT_AT_MINISTRY' });
    expect(reasonOf(await graphqlRequest(url, ANSWER, { id: atMinistry, answer: '   ' }, { token: tokens.rv }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'TEXT_REQUIRED' });
    expect(reasonOf(await graphqlRequest(url, ANSWER, { id: atMinistry, answer: 'x'.repeat(10_001) }, { token: tokens.rv })).code).toBe('BAD_USER_INPUT');
    expect(reasonOf(await graphqlRequest(url, ACKNOWLEDGE, { id: 'not-an-id' }, { token: tokens.rv })).code).toBe('BAD_USER_INPUT');
    // Not the owner at the ministry: the national coordinator at the rijksvertegenwoordiger's rung, another alliance's rijksvertegenwoordiger.
    expect(reasonOf(await graphqlRequest(url, ACKNOWLEDGE, { id: atMinistry }, { token: tokens.coordinator })).code).toBe('FORBIDDEN');
    expect(reasonOf(await graphqlRequest(url, ACKNOWLEDGE, { id: atMinistry }, { token: tokens.otherRv })).code).toBe('NOT_FOUND');
    for (const settings of [
      { acknowledgeWorkingDays: 0, answerWorkingDays: 30 },
      { acknowledgeWorkingDays: 10, answerWorkingDays: 9 },
      { acknowledgeWorkingDays: 10, answerWorkingDays: 251 },
    ]) {
      expect(reasonOf(await graphqlRequest(url, SETTINGS, { allianceId, settings }, { token: tokens.director }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_ANSWER_TIME' });
    }
    expect(await clockOf(atMinistry)).toEqual(clockBefore);
    expect(await audits()).toBe(before);

    await graphqlData(url, ANSWER, { id: atMinistry, answer: 'Nee, dit vraagt een wetswijziging' }, { token: tokens.rv });
    const answered = await clockOf(atMinistry);
    expect(reasonOf(await graphqlRequest(url, ACKNOWLEDGE, { id: atMinistry }, { token: tokens.rv }))).toEqual({ code: 'INVALID_TRANSITION', reason: 'ALREADY_ANSWERED' });
    expect(reasonOf(await graphqlRequest(url, ANSWER, { id: atMinistry, answer: 'Toch wel' }, { token: tokens.rv }))).toEqual({ code: 'INVALID_TRANSITION', reason: 'ALREADY_ANSWERED' });
    expect(await clockOf(atMinistry)).toEqual(answered);
    expect(await audits()).toBe(before + 1);

    const acknowledgedTwice = await toMinistry('Twee keer in behandeling');
    await graphqlData(url, ACKNOWLEDGE, { id: acknowledgedTwice }, { token: tokens.rv });
    expect(reasonOf(await graphqlRequest(url, ACKNOWLEDGE, { id: acknowledgedTwice }, { token: tokens.rv }))).toEqual({ code: 'INVALID_TRANSITION', reason: 'ALREADY_ACKNOWLEDGED' });
  });
});
