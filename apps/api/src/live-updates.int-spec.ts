import { randomUUID } from 'node:crypto';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { seedDemoData } from '@doorbraak/server-seed';
import { createRedisConnection, QUEUES } from '@doorbraak/server-core';
import { EscalationJobsModule, SWEEP_SCHEDULER_ID } from '@doorbraak/server-escalation';
import { closeLivePubSub, createLivePubSub } from '@doorbraak/server-live';
import { NotificationsService } from '@doorbraak/server-notifications';
import { createTestDatabase, graphqlData, graphqlRequest, publishLive, roundTrip, signIn, startTestApi, startTestWorker, subscribeLive, testConfig, testRedisUrl, untilListening, type LiveSubscription, type Session, type TestDatabase } from '@doorbraak/server-testing';
import { CLOSE_SESSION_OVER, CLOSE_UNAUTHORIZED, escalationPorts } from '@doorbraak/server-app';

const NOTIFICATIONS = `subscription { notificationAdded { id kind vastloperId message link } }`;
const LADDER = `subscription { ladderItemChanged { itemType itemId allianceId fromRung toRung item { ... on Vastloper { id title rung status } } } }`;
const CREATE = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;

type NotificationEvent = { notificationAdded: { id: string; kind: string; vastloperId: string | null; message: string; link: string } };
type LadderEvent = {
  ladderItemChanged: { itemType: string; itemId: string; allianceId: string; fromRung: string; toRung: string; item: { id: string; title: string; rung: string } };
};

const RUNGS = ['PROGRAMMABUREAU', 'ALLIANTIE', 'RIJKSVERTEGENWOORDIGER', 'INTERDEPARTEMENTAAL', 'DOORBRAAKOVERLEG'];

const clearQueue = async (): Promise<void> => {
  const connection = createRedisConnection(testRedisUrl());
  const queue = new Queue(QUEUES.escalation, { connection });
  await queue.removeJobScheduler(SWEEP_SCHEDULER_ID);
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
};

describe('live updates over WebSocket, through Redis', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let url: string;
  let worker: INestApplicationContext | undefined;
  let pubsub: RedisPubSub;
  const redisUrl = testRedisUrl();
  const alliances: Record<string, string> = {};
  const people: Record<string, string> = {};
  const sessions: Record<string, Session> = {};
  const open: LiveSubscription<unknown>[] = [];

  const live = <T>(who: string | null, query: string): LiveSubscription<T> => {
    const subscription = subscribeLive<T>(url, who ? sessions[who].token : undefined, query);
    open.push(subscription as LiveSubscription<unknown>);
    return subscription;
  };

  // A notification written by the notifications service and announced here (the test's connection
  // has no live sink): proves the stream is listening.
  const notificationProbe = (who: string) => async () => {
    const [id] = await api
      .get(NotificationsService)
      .notify(db.dataSource.manager, { recipientIds: [people[who]], kind: 'AGENDA_PUBLISHED', dedupeKey: `probe-${randomUUID()}`, message: 'Probe' });
    await publishLive(pubsub, redisUrl, 'notificationAdded', { notificationId: id, recipientId: people[who] });
  };
  const isNotificationProbe = (event: NotificationEvent) => event.notificationAdded.message === 'Probe';

  // A made-up move of an existing open item of the alliance, which its people may see.
  const ladderProbe = (slug: string) => async () => {
    const [row]: { id: string; rung: string; status: string }[] = await db.dataSource.query(
      `SELECT id, rung, status FROM vastloper WHERE alliance_id = $1 AND confidential = false ORDER BY created_at LIMIT 1`,
      [alliances[slug]],
    );
    await publishLive(pubsub, redisUrl, 'ladderItemChanged', {
      itemType: 'VASTLOPER',
      itemId: row.id,
      allianceIds: [alliances[slug]],
      confidential: false,
      fromRung: 'PROGRAMMABUREAU',
      toRung: 'PROGRAMMABUREAU',
      status: row.status,
      at: new Date().toISOString(),
    });
  };
  const probeIds = new Set<string>();
  const isLadderProbe = (event: LadderEvent) => probeIds.has(event.ladderItemChanged.itemId);

  const create = async (who: string, slug: string, title: string, confidential = false): Promise<string> =>
    (
      await graphqlData<{ createVastloper: { id: string } }>(
        url,
        CREATE,
        { input: { allianceId: alliances[slug], title, category: 'FINANCIERING', actielijn: 'VEILIGHEID', confidential } },
        { token: sessions[who].token },
      )
    ).createVastloper.id;

  beforeAll(async () => {
    await clearQueue();
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    // Only this test's items may move.
    await db.dataSource.query(`UPDATE vastloper SET next_escalation_at = NULL, early_warning_at = NULL`);
    await db.dataSource.query(`UPDATE doorbraak SET next_escalation_at = NULL, early_warning_at = NULL`);
    for (const row of (await db.dataSource.query(`SELECT slug, id FROM alliance`)) as { slug: string; id: string }[]) {
      alliances[row.slug] = row.id;
    }
    const probes: { id: string }[] = await db.dataSource.query(
      `SELECT DISTINCT ON (alliance_id) id FROM vastloper WHERE confidential = false ORDER BY alliance_id, created_at`,
    );
    probes.forEach((row) => probeIds.add(row.id));
    ({ app: api, url } = await startTestApi(db.appUrl));
    for (const who of ['programmadirecteur.rotterdam-zuid', 'programmadirecteur.delft-west', 'partner.rotterdam-zuid', 'admin']) {
      sessions[who] = await signIn(url, `${who}@demo.doorbraak.nl`);
      people[who] = ((await db.dataSource.query(`SELECT id FROM person WHERE email = $1`, [`${who}@demo.doorbraak.nl`])) as { id: string }[])[0].id;
    }
    pubsub = createLivePubSub(redisUrl);
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((subscription) => subscription.stop()));
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    if (pubsub) await closeLivePubSub(pubsub);
    await clearQueue();
    await db?.drop();
  });

  it("tells a subscriber of the worker's escalation of their own item, and not a person of another alliance", async () => {
    const own = live<NotificationEvent>('programmadirecteur.rotterdam-zuid', NOTIFICATIONS);
    const ownBoard = live<LadderEvent>('programmadirecteur.rotterdam-zuid', LADDER);
    const other = live<NotificationEvent>('programmadirecteur.delft-west', NOTIFICATIONS);
    const otherBoard = live<LadderEvent>('programmadirecteur.delft-west', LADDER);
    await untilListening(own, notificationProbe('programmadirecteur.rotterdam-zuid'), isNotificationProbe);
    await untilListening(ownBoard, ladderProbe('rotterdam-zuid'), isLadderProbe);
    await untilListening(other, notificationProbe('programmadirecteur.delft-west'), isNotificationProbe);
    await untilListening(otherBoard, ladderProbe('delft-west'), isLadderProbe);

    await graphqlData(
      url,
      `mutation ($allianceId: ID!, $rungs: [RungSettingInput!]!) { updateEscalationLadder(allianceId: $allianceId, rungs: $rungs) { rung } }`,
      { allianceId: alliances['rotterdam-zuid'], rungs: RUNGS.map((rung) => ({ rung, duration: rung === 'PROGRAMMABUREAU' ? 'PT2S' : 'P30D' })) },
      { token: sessions['admin'].token },
    );
    const climber = await create('programmadirecteur.rotterdam-zuid', 'rotterdam-zuid', 'Huurtoeslag blokkeert doorstroom');
    // The worker runs in its own Nest context with its own Redis connections, as in production.
    worker = await startTestWorker(testConfig({ databaseUrl: db.appUrl, escalationSweepEvery: 'PT1S' }), [EscalationJobsModule, escalationPorts()]);

    const moved = await ownBoard.next((event) => event.ladderItemChanged.itemId === climber, 30_000);
    expect(moved.ladderItemChanged).toEqual({
      itemType: 'VASTLOPER',
      itemId: climber,
      allianceId: alliances['rotterdam-zuid'],
      fromRung: 'PROGRAMMABUREAU',
      toRung: 'ALLIANTIE',
      item: { id: climber, title: 'Huurtoeslag blokkeert doorstroom', rung: 'ALLIANTIE', status: 'OPEN' },
    });
    // An early warning comes first when the worker's first sweep falls before the item is due.
    const told = await own.next((event) => event.notificationAdded.vastloperId === climber && event.notificationAdded.kind === 'ESCALATED');
    expect(told.notificationAdded.link).toBe(`/vastlopers/${climber}`);

    // Events reach a subscriber in order: once a later probe arrived, the escalation was decided on.
    await roundTrip(other, notificationProbe('programmadirecteur.delft-west'), isNotificationProbe);
    await roundTrip(otherBoard, ladderProbe('delft-west'), isLadderProbe);
    expect(other.events.filter((event) => event.notificationAdded.vastloperId === climber)).toEqual([]);
    expect(otherBoard.events.filter((event) => event.ladderItemChanged.itemId === climber)).toEqual([]);
    expect(other.errors).toEqual([]);
    expect(otherBoard.errors).toEqual([]);
    await worker.close();
    worker = undefined;
  });

  it('tells the partner nothing of a confidential item that the director hears move', async () => {
    const director = live<LadderEvent>('programmadirecteur.rotterdam-zuid', LADDER);
    const partner = live<LadderEvent>('partner.rotterdam-zuid', LADDER);
    await untilListening(director, ladderProbe('rotterdam-zuid'), isLadderProbe);
    await untilListening(partner, ladderProbe('rotterdam-zuid'), isLadderProbe);

    const secret = await create('programmadirecteur.rotterdam-zuid', 'rotterdam-zuid', 'Ondermijning in de haven', true);
    const known = await create('programmadirecteur.rotterdam-zuid', 'rotterdam-zuid', 'Wachtlijst jeugdzorg');
    for (const id of [secret, known]) {
      await graphqlData(url, `mutation ($id: ID!) { escalate(itemId: $id, reason: "Het bureau komt er niet uit") { __typename } }`, { id }, {
        token: sessions['programmadirecteur.rotterdam-zuid'].token,
      });
    }
    await director.next((event) => event.ladderItemChanged.itemId === secret);
    // Events reach a subscriber in order: once the open item arrived, the secret one was decided on.
    await partner.next((event) => event.ladderItemChanged.itemId === known);
    expect(partner.events.filter((event) => event.ladderItemChanged.itemId === secret)).toEqual([]);
    expect(partner.errors).toEqual([]);
  });

  it('refuses a socket without a valid token, anything but subscriptions, and documents past the limits', async () => {
    const anonymous = live<NotificationEvent>(null, NOTIFICATIONS);
    await anonymous.ended();
    expect(anonymous.closed()?.code).toBe(CLOSE_UNAUTHORIZED);

    const query = live('programmadirecteur.rotterdam-zuid', '{ me { id } }');
    await query.ended();
    expect(query.errors.map((error) => [error.extensions?.code, error.extensions?.['reason']])).toEqual([['BAD_REQUEST', 'OPERATION_OVER_WEBSOCKET']]);

    const deep = live('programmadirecteur.rotterdam-zuid', `subscription { ladderItemChanged { item { ... on Vastloper { alliance { focusArea { alliance { focusArea { alliance { focusArea { name } } } } } } } } } }`);
    await deep.ended();
    expect(deep.errors[0]?.extensions).toEqual(expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'MAX_DEPTH' }));

    // Over HTTP a subscription stays a clean refusal.
    const overHttp = await graphqlRequest(url, NOTIFICATIONS, {}, { token: sessions['programmadirecteur.rotterdam-zuid'].token });
    expect(overHttp.status).toBe(400);
    expect(overHttp.body.errors?.[0]?.extensions?.['reason']).toBe('SUBSCRIPTION_OVER_HTTP');
  });

  it('stops telling a session that signed out, and closes its socket', async () => {
    const session = await signIn(url, 'programmadirecteur.rotterdam-zuid@demo.doorbraak.nl');
    const subscription = subscribeLive<NotificationEvent>(url, session.token, NOTIFICATIONS);
    open.push(subscription as LiveSubscription<unknown>);
    await untilListening(subscription, notificationProbe('programmadirecteur.rotterdam-zuid'), isNotificationProbe);
    const heard = subscription.events.length;
    await graphqlData(url, 'mutation { logout }', {}, { token: session.token, cookie: session.cookie });

    await notificationProbe('programmadirecteur.rotterdam-zuid')();
    await subscription.ended();
    expect(subscription.closed()?.code).toBe(CLOSE_SESSION_OVER);
    expect(subscription.events.length).toBe(heard);
  });
});
