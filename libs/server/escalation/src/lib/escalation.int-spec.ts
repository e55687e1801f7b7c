import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { QueryRunner } from 'typeorm';
import { seedDemoData } from '@doorbraak/server-seed';
import { createRedisConnection, JOBS, QUEUES } from '@doorbraak/server-core';
import { EscalateItemService, NotYetDueError } from './jobs/escalate-item.service';
import { EscalationJobsModule } from './escalation-jobs.module';
import { EscalationProcessor } from './jobs/escalation.processor';
import { escalationJobId } from './jobs/escalation.job-data';
import { createTestDatabase, obliterateQueues, errorCode, escalationPorts, graphqlData, graphqlRequest, nodesOf, signIn, startTestApi, startTestWorker, testConfig, testRedisUrl, type TestDatabase } from '@doorbraak/server-testing';

const CREATE = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id rung status nextEscalationAt } }`;
const LADDER = `mutation ($allianceId: ID!, $rungs: [RungSettingInput!]!) {
  updateEscalationLadder(allianceId: $allianceId, rungs: $rungs) { rung unit duration overridden } }`;
const PROGRESS = `mutation ($itemId: ID!, $text: String!) { addProgress(itemId: $itemId, text: $text) { id at } }`;
const PARK = `mutation ($id: ID!, $until: DateTime!, $reason: String!) { park(id: $id, until: $until, reason: $reason) { status } }`;
const RESOLVE = `mutation ($id: ID!) { resolveVastloper(id: $id, resolution: "Opgelost met maatwerk") { status resolvedAtRung } }`;
const DETAIL = `query ($id: ID!) { vastloper(id: $id) {
  rung status
  timeline { edges { node { fromRung toRung cause reason at agendaItemId } } }
  agendaItems { edges { node { meetingType meetingStatus title source kind } } }
} }`;

type Connection<T> = { edges: { node: T }[] };

type Detail = {
  vastloper: {
    rung: string;
    status: string;
    timeline: { fromRung: string | null; toRung: string; cause: string; reason: string | null; at: string; agendaItemId: string | null }[];
    agendaItems: { meetingType: string; meetingStatus: string; title: string; source: string; kind: string }[];
  };
};

const RUNGS = ['PROGRAMMABUREAU', 'ALLIANTIE', 'RIJKSVERTEGENWOORDIGER', 'INTERDEPARTEMENTAAL', 'DOORBRAAKOVERLEG'];
const compressed = (seconds: Record<string, number>) => RUNGS.map((rung) => ({ rung, duration: `PT${seconds[rung] ?? 2}S` }));

const waitFor = async (what: string, condition: () => Promise<boolean>, timeoutMs = 40_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};


describe('the escalation ladder run by the worker, on a ladder compressed to seconds', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let url: string;
  let token: string;
  const ids: Record<string, string> = {};
  const people: Record<string, string> = {};

  // The detail with its (short) lists as arrays.
  const detail = async (id: string): Promise<Detail> => {
    const { vastloper } = await graphqlData<{ vastloper: Omit<Detail['vastloper'], 'timeline' | 'agendaItems'> & { timeline: Connection<Detail['vastloper']['timeline'][number]>; agendaItems: Connection<Detail['vastloper']['agendaItems'][number]> } }>(url, DETAIL, { id }, { token });
    return { vastloper: { ...vastloper, timeline: nodesOf(vastloper.timeline), agendaItems: nodesOf(vastloper.agendaItems) } };
  };
  const rungOf = async (id: string): Promise<string> =>
    ((await db.dataSource.query(`SELECT rung FROM vastloper WHERE id = $1`, [id])) as { rung: string }[])[0].rung;

  beforeAll(async () => {
    await obliterateQueues([QUEUES.escalation]);
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    // The demo's own stalled items would keep the worker busy: this test watches only its own.
    await db.dataSource.query(`UPDATE vastloper SET next_escalation_at = NULL, early_warning_at = NULL`);
    await db.dataSource.query(`UPDATE doorbraak SET next_escalation_at = NULL, early_warning_at = NULL`);
    const alliances: { slug: string; id: string }[] = await db.dataSource.query(`SELECT slug, id FROM alliance`);
    for (const { slug, id } of alliances) {
      ids[slug] = id;
    }
    const persons: { email: string; id: string }[] = await db.dataSource.query(`SELECT email, id FROM person`);
    for (const { email, id } of persons) {
      people[email.split('@')[0]] = id;
    }
    ({ app: api, url } = await startTestApi(db.appUrl));
    token = (await signIn(url, 'programmadirecteur.rotterdam-zuid@demo.doorbraak.nl')).token;
    const admin = (await signIn(url, 'admin@demo.doorbraak.nl')).token;
    await graphqlData(url, LADDER, { allianceId: ids['rotterdam-zuid'], rungs: compressed({}) }, { token: admin });
    worker = await startTestWorker(testConfig({ databaseUrl: db.appUrl, escalationSweepEvery: 'PT1S' }), [EscalationJobsModule, escalationPorts()]);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await obliterateQueues([QUEUES.escalation]);
    await db?.drop();
  });

  const create = async (title: string): Promise<string> => {
    const { createVastloper } = await graphqlData<{ createVastloper: { id: string } }>(
      url,
      CREATE,
      { input: { allianceId: ids['rotterdam-zuid'], title, category: 'WET_EN_REGELGEVING', actielijn: 'MEEDOEN' } },
      { token },
    );
    return createVastloper.id;
  };

  it('climbs a new vastloper without progress all five rungs, onto both agendas, telling the right people', async () => {
    const climber = await create('Schuldhulp loopt vast op de Participatiewet');
    const parked = await create('Geparkeerde vastloper die niet mag bewegen');
    const resolved = await create('Opgeloste vastloper die nooit meer beweegt');
    await graphqlData(url, PARK, { id: parked, until: new Date(Date.now() + 3_600_000).toISOString(), reason: 'Wacht op SZW' }, { token });
    await graphqlData(url, RESOLVE, { id: resolved }, { token });
    const { createDoorbraak } = await graphqlData<{ createDoorbraak: { id: string } }>(
      url,
      `mutation ($input: CreateDoorbraakInput!) { createDoorbraak(input: $input) { id } }`,
      { input: { allianceId: ids['rotterdam-zuid'], title: 'Werkgarantie voor jongeren', kind: 'INITIATIEF', status: 'LOPEND' } },
      { token },
    );

    await waitFor('the vastloper to reach the doorbraakoverleg', async () => (await rungOf(climber)) === 'DOORBRAAKOVERLEG');

    const { vastloper } = await detail(climber);
    expect(vastloper.timeline.map((event) => `${event.cause} ${event.fromRung}→${event.toRung}`)).toEqual([
      'STALLED PROGRAMMABUREAU→ALLIANTIE',
      'STALLED ALLIANTIE→RIJKSVERTEGENWOORDIGER',
      'STALLED RIJKSVERTEGENWOORDIGER→INTERDEPARTEMENTAAL',
      'STALLED INTERDEPARTEMENTAAL→DOORBRAAKOVERLEG',
    ]);
    expect(vastloper.timeline[0].reason).toBe('Geen voortgang binnen PT2S bij het programmabureau.');
    // Placed on the next alliance meeting and the next doorbraakoverleg, neither held yet.
    expect(vastloper.agendaItems).toEqual([
      expect.objectContaining({ meetingType: 'ALLIANTIE', source: 'ESCALATION', kind: 'ESCALATION' }),
      expect.objectContaining({ meetingType: 'DOORBRAAKOVERLEG', source: 'ESCALATION', kind: 'ESCALATION' }),
    ]);
    expect(vastloper.agendaItems.every((item) => ['DRAFT', 'AGENDA_PUBLISHED'].includes(item.meetingStatus))).toBe(true);
    expect(vastloper.timeline.filter((event) => event.agendaItemId !== null).map((event) => event.toRung)).toEqual([
      'ALLIANTIE',
      'DOORBRAAKOVERLEG',
    ]);

    const notified: { recipient: string; kind: string; key: string }[] = await db.dataSource.query(
      `SELECT p.email AS recipient, n.kind, n.dedupe_key AS key FROM notification n JOIN person p ON p.id = n.recipient_id
        WHERE n.vastloper_id = $1 AND n.kind = 'ESCALATED' ORDER BY n.created_at`,
      [climber],
    );
    const told = (rung: string) => notified.filter((row) => row.key.endsWith(rung)).map((row) => row.recipient.split('@')[0]).sort();
    expect(told('ALLIANTIE')).toEqual(['burgemeester.rotterdam-zuid', 'programmadirecteur.rotterdam-zuid']);
    expect(told('RIJKSVERTEGENWOORDIGER')).toEqual(['programmadirecteur.rotterdam-zuid', 'rijksvertegenwoordiger.rotterdam-zuid']);
    expect(told('INTERDEPARTEMENTAAL')).toEqual(['coordinator', 'programmadirecteur.rotterdam-zuid']);
    expect(told('DOORBRAAKOVERLEG')).toEqual(['coordinator', 'programmadirecteur.rotterdam-zuid']);
    // One per person per item per rung: no repeats.
    expect(new Set(notified.map((row) => `${row.recipient} ${row.key}`)).size).toBe(notified.length);

    // At the top it is flagged overdue once, and stays there.
    await waitFor('the overdue flag', async () =>
      ((await db.dataSource.query(`SELECT overdue_at FROM vastloper WHERE id = $1`, [climber])) as { overdue_at: Date | null }[])[0]
        .overdue_at !== null,
    );
    expect(await rungOf(climber)).toBe('DOORBRAAKOVERLEG');

    // A running doorbraak climbs the same ladder.
    await waitFor('the doorbraak to reach the doorbraakoverleg', async () =>
      ((await db.dataSource.query(`SELECT rung FROM doorbraak WHERE id = $1`, [createDoorbraak.id])) as { rung: string }[])[0].rung ===
      'DOORBRAAKOVERLEG',
    );
    const { doorbraak } = await graphqlData<{ doorbraak: { timeline: Connection<{ cause: string }>; agendaItems: Connection<{ meetingType: string }> } }>(
      url,
      `query ($id: ID!) { doorbraak(id: $id) { timeline { edges { node { cause } } } agendaItems { edges { node { meetingType } } } } }`,
      { id: createDoorbraak.id },
      { token },
    );
    expect(nodesOf(doorbraak.timeline).map((event) => event.cause)).toEqual(['STALLED', 'STALLED', 'STALLED', 'STALLED']);
    expect(nodesOf(doorbraak.agendaItems).map((item) => item.meetingType)).toEqual(['ALLIANTIE', 'DOORBRAAKOVERLEG']);

    // Meanwhile the parked and the resolved item did not move.
    expect((await detail(parked)).vastloper).toEqual(expect.objectContaining({ rung: 'PROGRAMMABUREAU', status: 'GEPARKEERD', timeline: [] }));
    const done = (await detail(resolved)).vastloper;
    expect(done.status).toBe('OPGELOST');
    expect(done.timeline.map((event) => event.cause)).toEqual(['RESOLVED']);
  });

  it('keeps a job that fails for good in the failed set, listed for administrators only', async () => {
    const connection = createRedisConnection(testRedisUrl());
    const queue = new Queue(QUEUES.escalation, { connection });
    try {
      const broken = await queue.add(
        JOBS.escalation.escalate,
        { itemType: 'VASTLOPER', itemId: 'geen-id', fromRung: 'ALLIANTIE', period: 0 },
        { jobId: 'escalate-broken-test', attempts: 2, backoff: { type: 'exponential', delay: 100 } },
      );
      // A national dossier's job too, listed as the dossier's.
      const brokenDossier = await queue.add(
        JOBS.escalation.escalate,
        { itemType: 'DOSSIER', itemId: 'geen-dossier', fromRung: 'INTERDEPARTEMENTAAL', period: 0 },
        { jobId: 'escalate-broken-dossier', attempts: 1 },
      );
      await waitFor('the jobs to fail for good', async () => (await broken.getState()) === 'failed' && (await brokenDossier.getState()) === 'failed');
      const admin = (await signIn(url, 'admin@demo.doorbraak.nl')).token;
      const { escalationFailures } = await graphqlData<{
        escalationFailures: { edges: { node: { jobId: string; itemType: string | null; itemId: string; fromRung: string | null; attemptsMade: number; failedReason: string } }[] };
      }>(url, '{ escalationFailures { edges { node { jobId itemType itemId fromRung attemptsMade failedReason } } } }', {}, { token: admin });
      const listed = escalationFailures.edges.map((edge) => edge.node);
      expect(listed).toHaveLength(2);
      expect(listed).toEqual(
        expect.arrayContaining([
          { jobId: 'escalate-broken-test', itemType: 'VASTLOPER', itemId: 'geen-id', fromRung: 'ALLIANTIE', attemptsMade: 2, failedReason: expect.any(String) },
          { jobId: 'escalate-broken-dossier', itemType: 'DOSSIER', itemId: 'geen-dossier', fromRung: 'INTERDEPARTEMENTAAL', attemptsMade: 1, failedReason: expect.any(String) },
        ]),
      );
      expect(errorCode(await graphqlRequest(url, '{ escalationFailures { edges { node { jobId } } } }', {}, { token }))).toBe('FORBIDDEN');

      // More failures than a page: paged newest first, without gaps or duplicates, at most 100 at a time.
      const more = await Promise.all(
        Array.from({ length: 6 }, (_, index) =>
          queue.add(JOBS.escalation.escalate, { itemType: 'VASTLOPER', itemId: `geen-id-${index}`, fromRung: 'ALLIANTIE', period: 0 }, { jobId: `escalate-broken-${index}`, attempts: 1 }),
        ),
      );
      await waitFor('the jobs to fail', async () => (await Promise.all(more.map((job) => job.getState()))).every((state) => state === 'failed'));
      const expected = await connection.zrevrange(queue.toKey('failed'), 0, -1);
      expect(expected).toHaveLength(8);
      type FailurePage = { escalationFailures: { totalCount: number; edges: { node: { jobId: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: FailurePage = await graphqlData<FailurePage>(
          url,
          'query ($after: String) { escalationFailures(first: 3, after: $after) { totalCount edges { node { jobId } } pageInfo { hasNextPage endCursor } } }',
          { after },
          { token: admin },
        );
        expect(page.escalationFailures.totalCount).toBe(8);
        seen.push(...page.escalationFailures.edges.map((edge) => edge.node.jobId));
        if (!page.escalationFailures.pageInfo.hasNextPage) break;
        after = page.escalationFailures.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
      const tooMany = await graphqlRequest(url, '{ escalationFailures(first: 101) { edges { cursor } } }', {}, { token: admin });
      expect(tooMany.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_PAGE_SIZE' });
      const bogus = await graphqlRequest(url, '{ escalationFailures(first: 5, after: "bm9wZQ") { edges { cursor } } }', {}, { token: admin });
      expect(bogus.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
      await Promise.all([broken, brokenDossier, ...more].map((job) => job.remove()));
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });

  it('escalates nothing early: a worker whose clock is behind retries, a row out of step with the rules is put right', async () => {
    const { createVastloper } = await graphqlData<{ createVastloper: { id: string; nextEscalationAt: string } }>(
      url,
      CREATE,
      { input: { allianceId: ids['delft-west'], title: 'Vastloper op de gewone ladder', category: 'OVERIG', actielijn: 'MEEDOEN' } },
      { token: (await signIn(url, 'programmadirecteur.delft-west@demo.doorbraak.nl')).token },
    );
    const job = {
      itemType: 'VASTLOPER' as const,
      itemId: createVastloper.id,
      fromRung: 'PROGRAMMABUREAU' as const,
      period: 0,
      purpose: 'escalate' as const,
      dueAt: new Date(createVastloper.nextEscalationAt).getTime(),
    };
    const escalations = worker.get(EscalateItemService);
    await expect(escalations.run(job, new Date())).rejects.toThrow(NotYetDueError);

    // A row that says "due" while the rules (15 working days) do not, as after a changed setting.
    // The worker's own sweeps are paused meanwhile, so this call is the one that meets the row.
    const queueWorker = worker.get(EscalationProcessor).worker;
    await queueWorker.pause();
    try {
      await db.dataSource.query(`UPDATE vastloper SET next_escalation_at = now() - interval '1 minute' WHERE id = $1`, [createVastloper.id]);
      expect(await escalations.run(job, new Date())).toBe('RESCHEDULED');
    } finally {
      queueWorker.resume();
    }
    const [row]: { rung: string; next_escalation_at: Date }[] = await db.dataSource.query(
      `SELECT rung, next_escalation_at FROM vastloper WHERE id = $1`,
      [createVastloper.id],
    );
    expect(row).toEqual({ rung: 'PROGRAMMABUREAU', next_escalation_at: new Date(createVastloper.nextEscalationAt) });
  });

  it('restarts the clock at the current rung when progress is added there', async () => {
    const admin = (await signIn(url, 'admin@demo.doorbraak.nl')).token;
    await graphqlData(url, LADDER, { allianceId: ids['rotterdam-zuid'], rungs: compressed({ ALLIANTIE: 6 }) }, { token: admin });
    const id = await create('Vastloper met voortgang op de alliantietafel');
    await waitFor('the vastloper to reach the alliance', async () => (await rungOf(id)) === 'ALLIANTIE');
    const { addProgress } = await graphqlData<{ addProgress: { at: string } }>(
      url,
      PROGRESS,
      { itemId: id, text: 'De wethouder heeft het ministerie gebeld.' },
      { token },
    );
    await waitFor('the vastloper to move on from the alliance', async () => (await rungOf(id)) === 'RIJKSVERTEGENWOORDIGER');
    const { vastloper } = await detail(id);
    const fromAlliance = vastloper.timeline.find((event) => event.fromRung === 'ALLIANTIE');
    // Six seconds from the progress, not from the arrival.
    expect(new Date(fromAlliance?.at ?? 0).getTime()).toBeGreaterThanOrEqual(new Date(addProgress.at).getTime() + 6_000);
    const periods: { stall_period: number }[] = await db.dataSource.query(
      `SELECT stall_period FROM escalation_event WHERE vastloper_id = $1 AND from_rung = 'ALLIANTIE'`,
      [id],
    );
    expect(periods).toEqual([{ stall_period: 2 }]);
  });
  // Inserts an open vastloper straight into a given ladder state (as the schema owner).
  const insertVastloper = async (allianceSlug: string, fields: Record<string, unknown>): Promise<string> => {
    const columns = {
      rung: 'PROGRAMMABUREAU',
      stall_period: 0,
      rung_entered_at: new Date(),
      next_escalation_at: null,
      early_warning_at: null,
      early_warning_sent_at: null,
      ...fields,
    };
    const owner = people[`programmadirecteur.${allianceSlug}`];
    const [row]: { id: string }[] = await db.dataSource.query(
      `INSERT INTO vastloper (alliance_id, title, category, actielijn, owner_id, reporter_id, status, rung, stall_period,
                              rung_entered_at, last_progress_at, next_escalation_at, early_warning_at, early_warning_sent_at)
       VALUES ($1, 'Vastloper in een gegeven stand', 'OVERIG', 'MEEDOEN', $2, $2, 'OPEN', $3, $4, $5, $5, $6, $7, $8) RETURNING id`,
      [ids[allianceSlug], owner, columns.rung, columns.stall_period, columns.rung_entered_at, columns.next_escalation_at, columns.early_warning_at, columns.early_warning_sent_at],
    );
    return row.id;
  };

  it('completes the jobs that find their work already done or moot, so the failed set holds only real failures', async () => {
    const connection = createRedisConnection(testRedisUrl());
    const queue = new Queue(QUEUES.escalation, { connection });
    const settled = async (jobId: string): Promise<{ state: string; result: unknown }> => {
      let state = 'unknown';
      await waitFor(`job ${jobId} to complete`, async () => (state = await queue.getJobState(jobId)) === 'completed', 15_000).catch(() => undefined);
      return { state, result: (await queue.getJob(jobId))?.returnvalue ?? null };
    };
    try {
      // At the top rung with both its early warning and its stall past, as when the worker was away:
      // the sweep queues a warn and an escalate job; the first flags it overdue, the second finds
      // nothing left to do.
      const enteredAt = new Date(Date.now() - 60_000);
      const top = await insertVastloper('rotterdam-zuid', {
        rung: 'DOORBRAAKOVERLEG',
        stall_period: 4,
        rung_entered_at: enteredAt,
        next_escalation_at: new Date(enteredAt.getTime() + 2_000),
        early_warning_at: new Date(enteredAt.getTime() + 1_600),
      });
      const atTop = { itemType: 'VASTLOPER' as const, itemId: top, fromRung: 'DOORBRAAKOVERLEG' as const, period: 4 };
      const escalateId = escalationJobId({ ...atTop, purpose: 'escalate', dueAt: enteredAt.getTime() + 2_000 });
      const warnId = escalationJobId({ ...atTop, purpose: 'warn', dueAt: enteredAt.getTime() + 1_600 });

      // A warn job run again after its warning was sent (its worker died before BullMQ heard back), on
      // a ladder of an hour per rung, so nothing else is due.
      const admin = (await signIn(url, 'admin@demo.doorbraak.nl')).token;
      await graphqlData(url, LADDER, { allianceId: ids['arnhem-oost'], rungs: RUNGS.map((rung) => ({ rung, duration: 'PT1H' })) }, { token: admin });
      const clock = new Date(Date.now() - 10_000);
      const warned = await insertVastloper('arnhem-oost', {
        rung_entered_at: clock,
        next_escalation_at: new Date(clock.getTime() + 3_600_000),
        early_warning_sent_at: new Date(Date.now() - 1_000),
      });
      const rerunWarn = await queue.add(
        JOBS.escalation.escalate,
        { itemType: 'VASTLOPER', itemId: warned, fromRung: 'PROGRAMMABUREAU', period: 0, purpose: 'warn', dueAt: Date.now() - 1_000 },
        { jobId: `warn-rerun-${warned}` },
      );
      // An escalate job for an item that has moved on since it was queued.
      const moved = await insertVastloper('delft-west', { rung: 'ALLIANTIE', stall_period: 1 });
      const stale = await queue.add(
        JOBS.escalation.escalate,
        { itemType: 'VASTLOPER', itemId: moved, fromRung: 'PROGRAMMABUREAU', period: 0, purpose: 'escalate', dueAt: Date.now() - 1_000 },
        { jobId: `escalate-moved-${moved}` },
      );

      const results = await Promise.all([escalateId, warnId, rerunWarn.id ?? '', stale.id ?? ''].map(settled));
      expect(results.map((result) => result.state)).toEqual(['completed', 'completed', 'completed', 'completed']);
      expect(results.map((result) => result.result).slice(0, 2).sort()).toEqual(['APPLIED', 'NOTHING_DUE']);
      expect(results.map((result) => result.result).slice(2)).toEqual(['NOTHING_DUE', 'STATE_MOVED_ON']);

      const [row]: { overdue_at: Date | null }[] = await db.dataSource.query(`SELECT overdue_at FROM vastloper WHERE id = $1`, [top]);
      expect(row.overdue_at).not.toBeNull();
      const overdue: { count: string }[] = await db.dataSource.query(
        `SELECT count(*) FROM notification WHERE vastloper_id = $1 AND kind = 'OVERDUE' GROUP BY recipient_id`,
        [top],
      );
      expect(overdue.length).toBeGreaterThan(0);
      expect(overdue.every((recipient) => recipient.count === '1')).toBe(true);
      const failedIds = (await queue.getFailed()).map((job) => job.id);
      expect(failedIds).not.toEqual(expect.arrayContaining([expect.stringContaining(top)]));
      expect(failedIds).not.toContain(rerunWarn.id);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });

  it('escalates due items queued together once each, in batches, while a broken job among them fails alone', async () => {
    const connection = createRedisConnection(testRedisUrl());
    const queue = new Queue(QUEUES.escalation, { connection });
    const queueWorker = worker.get(EscalationProcessor).worker;
    try {
      // Stalled at the bureau for two months, in two alliances on the ordinary ladder.
      const since = new Date(Date.now() - 60 * 86_400_000);
      const items: string[] = [];
      for (let index = 0; index < 24; index += 1) {
        items.push(await insertVastloper(index % 2 ? 'delft-west' : 'arnhem-oost', { rung_entered_at: since, next_escalation_at: new Date(Date.now() - 60_000) }));
      }
      const due = (itemId: string, jobId: string) => ({
        name: JOBS.escalation.escalate,
        data: { itemType: 'VASTLOPER', itemId, fromRung: 'PROGRAMMABUREAU', period: 0, purpose: 'escalate', dueAt: Date.now() - 60_000 },
        opts: { jobId, attempts: 1 },
      });
      // Queued while the worker is paused, so they are taken on together: each item once, one item twice
      // (as a second due moment), and one job whose item id PostgreSQL refuses.
      await queueWorker.pause();
      const jobs = await queue.addBulk([
        ...items.map((id) => due(id, `batch-${id}`)),
        due(items[0], `batch-again-${items[0]}`),
        due('geen-id', 'batch-broken'),
      ]);
      queueWorker.resume();
      const states = () => Promise.all(jobs.map((job) => queue.getJobState(job.id ?? '')));
      await waitFor('every job to finish', async () => (await states()).every((state) => state === 'completed' || state === 'failed'));
      expect(await states()).toEqual([...items.map(() => 'completed'), 'completed', 'failed']);

      const events: { vastloper_id: string; count: string }[] = await db.dataSource.query(
        `SELECT vastloper_id, count(*) FROM escalation_event WHERE vastloper_id = ANY($1) AND cause = 'STALLED' GROUP BY vastloper_id`,
        [items],
      );
      expect(events.map((event) => event.count)).toEqual(items.map(() => '1'));
      const rungs: { rung: string }[] = await db.dataSource.query(`SELECT DISTINCT rung FROM vastloper WHERE id = ANY($1)`, [items]);
      expect(rungs).toEqual([{ rung: 'ALLIANTIE' }]);
      // On the alliance table's agenda or its "to schedule" list, once each; every agenda's positions dense.
      const [placed]: { count: string }[] = await db.dataSource.query(
        `SELECT count(*) FROM (SELECT vastloper_id FROM agenda_item WHERE vastloper_id = ANY($1) AND source = 'ESCALATION'
                               UNION ALL SELECT vastloper_id FROM agenda_backlog_item WHERE vastloper_id = ANY($1) AND placed_at IS NULL) AS placed`,
        [items],
      );
      expect(placed.count).toBe(String(items.length));
      const gaps: unknown[] = await db.dataSource.query(
        `SELECT meeting_id FROM agenda_item GROUP BY meeting_id HAVING count(*) <> max(position) OR count(DISTINCT position) <> count(*)`,
      );
      expect(gaps).toEqual([]);
      const notified: { count: string }[] = await db.dataSource.query(
        `SELECT count(*) FROM notification WHERE vastloper_id = ANY($1) AND kind = 'ESCALATED' GROUP BY vastloper_id`,
        [items],
      );
      expect(notified).toHaveLength(items.length);
      expect((await queue.getJob('batch-broken'))?.failedReason).toMatch(/uuid/);
    } finally {
      queueWorker.resume();
      await queue.close();
      connection.disconnect();
    }
  });

  type HeldItems = {
    queue: Queue;
    queueWorker: EscalationProcessor['worker'];
    // Starts `holder`'s transaction and holds these items' rows in it until the test commits it, however long that takes.
    hold: (itemIds: string[]) => Promise<void>;
    holder: QueryRunner;
    // Six vastlopers stalled at the bureau for two months, in one alliance.
    items: string[];
    // The STALLED moves of those items, per item.
    stalledEvents: () => Promise<Map<string, number>>;
    due: (itemId: string, jobId: string) => { name: string; data: Record<string, unknown>; opts: { jobId: string; attempts: number } };
  };

  // A queue beside the worker's, six due items and a transaction to hold some of their rows with (a long edit, say);
  // all of it let go afterwards, whatever the test left held or paused.
  const withHeldItems = async (test: (held: HeldItems) => Promise<void>): Promise<void> => {
    const connection = createRedisConnection(testRedisUrl());
    const queue = new Queue(QUEUES.escalation, { connection });
    const queueWorker = worker.get(EscalationProcessor).worker;
    const holder = await db.dataSource.createQueryRunner();
    try {
      const since = new Date(Date.now() - 60 * 86_400_000);
      const items: string[] = [];
      // Stalled by the ladder's rules, which the jobs follow, but not yet due by their rows, so the worker's own sweep
      // (every second) does not queue them before the test holds them.
      for (let index = 0; index < 6; index += 1) {
        items.push(await insertVastloper('delft-west', { rung_entered_at: since, next_escalation_at: new Date(Date.now() + 3_600_000) }));
      }
      const stalledEvents = async (): Promise<Map<string, number>> => {
        const rows: { vastloper_id: string; count: string }[] = await db.dataSource.query(
          `SELECT vastloper_id, count(*) FROM escalation_event WHERE vastloper_id = ANY($1) AND cause = 'STALLED' GROUP BY vastloper_id`,
          [items],
        );
        return new Map(rows.map((row) => [row.vastloper_id, Number(row.count)]));
      };
      const due = (itemId: string, jobId: string) => ({
        name: JOBS.escalation.escalate,
        data: { itemType: 'VASTLOPER', itemId, fromRung: 'PROGRAMMABUREAU', period: 0, purpose: 'escalate', dueAt: Date.now() - 60_000 },
        opts: { jobId, attempts: 1 },
      });
      const hold = async (itemIds: string[]): Promise<void> => {
        await holder.startTransaction();
        // The API's pool ends a transaction left idle for 15 s, which would let go of the rows halfway through a slow run.
        await holder.query(`SET LOCAL idle_in_transaction_session_timeout = 0`);
        await holder.query(`SELECT id FROM vastloper WHERE id = ANY($1) FOR UPDATE`, [itemIds]);
      };
      await test({ queue, queueWorker, hold, holder, items, stalledEvents, due });
    } finally {
      // (A holder whose session ended has been released already; its own error is the one to report.)
      if (!holder.isReleased) {
        if (holder.isTransactionActive) await holder.rollbackTransaction();
        await holder.release();
      }
      queueWorker.resume();
      await queue.close();
      connection.disconnect();
    }
  };

  it('does not hold a batch up for an item someone else holds: the others escalate meanwhile, that one once it is free', () =>
    withHeldItems(async ({ queue, queueWorker, hold, holder, items, stalledEvents, due }) => {
      // Someone holds the first item's row while its job and the others' are taken on together.
      await hold([items[0]]);
      await queueWorker.pause();
      const jobs = await queue.addBulk(items.map((itemId) => due(itemId, `held-${itemId}`)));
      queueWorker.resume();
      await waitFor('the items nobody holds to escalate', async () => (await stalledEvents()).size === items.length - 1, 20_000);
      expect((await stalledEvents()).has(items[0])).toBe(false);

      await holder.commitTransaction();
      const states = () => Promise.all(jobs.map((job) => queue.getJobState(job.id ?? '')));
      await waitFor('every job to finish', async () => (await states()).every((state) => state === 'completed'));
      expect([...(await stalledEvents()).values()]).toEqual(items.map(() => 1));
    }));

  it('lets the next batch through while a held item waits for its row, and passes over a held item when a batch fails', () =>
    withHeldItems(async ({ queue, queueWorker, hold, holder, items, stalledEvents, due }) => {
      const escalated = async (): Promise<Set<string>> => new Set((await stalledEvents()).keys());
      const split = (itemId: string) => due(itemId, `split-${itemId}`);
      await hold([items[0], items[4]]);

      // A first batch with a held item: the other one escalates, and the held one waits for its row...
      await queueWorker.pause();
      const jobs = await queue.addBulk([split(items[0]), split(items[1])]);
      queueWorker.resume();
      await waitFor('the first batch', async () => (await escalated()).has(items[1]), 20_000);
      // ...while the batches after it go through.
      jobs.push(...(await queue.addBulk([split(items[2]), split(items[3])])));
      await waitFor('a batch after a held item', async () => (await escalated()).has(items[2]) && (await escalated()).has(items[3]), 20_000);

      // A batch that fails (an id PostgreSQL refuses) runs its jobs one by one, and passes over the held item first in line.
      // (Paused without waiting for the first held item's job, which is still active.)
      await queueWorker.pause(true);
      jobs.push(...(await queue.addBulk([split(items[4]), due('geen-id', 'split-broken'), split(items[5])])));
      queueWorker.resume();
      await waitFor('the jobs after a held item in a failed batch', async () => (await escalated()).has(items[5]), 20_000);
      expect([...(await escalated())].sort()).toEqual([items[1], items[2], items[3], items[5]].sort());

      await holder.commitTransaction();
      const states = () => Promise.all(jobs.map((job) => queue.getJobState(job.id ?? '')));
      await waitFor('every job to finish', async () => (await states()).every((state) => state === 'completed' || state === 'failed'));
      expect(await states()).toEqual(['completed', 'completed', 'completed', 'completed', 'completed', 'failed', 'completed']);
      expect([...(await stalledEvents()).values()]).toEqual(items.map(() => 1));
    }));

  it('leaves an item that is on the agenda already where it is, points its move at that row, and appends the others after it', async () => {
    const connection = createRedisConnection(testRedisUrl());
    const queue = new Queue(QUEUES.escalation, { connection });
    const queueWorker = worker.get(EscalationProcessor).worker;
    try {
      const [{ slug }]: { slug: string }[] = await db.dataSource.query(
        `SELECT DISTINCT a.slug FROM alliance a JOIN meeting m ON m.alliance_id = a.id
          WHERE m.type = 'ALLIANTIE' AND m.status = 'DRAFT' AND m.scheduled_at > now() + interval '1 day' AND a.slug <> 'rotterdam-zuid'
          ORDER BY a.slug LIMIT 1`,
      );
      const since = new Date(Date.now() - 60 * 86_400_000);
      // Stalled by the rules, not yet due by the row (see withHeldItems).
      const stalled = () => insertVastloper(slug, { rung_entered_at: since, next_escalation_at: new Date(Date.now() + 3_600_000) });
      const due = (itemId: string) => ({
        name: JOBS.escalation.escalate,
        data: { itemType: 'VASTLOPER', itemId, fromRung: 'PROGRAMMABUREAU', period: 0, purpose: 'escalate', dueAt: Date.now() - 60_000 },
        opts: { jobId: `on-agenda-${itemId}`, attempts: 1 },
      });
      const placedOn = async (itemId: string): Promise<{ id: string; meeting_id: string }[]> =>
        db.dataSource.query(`SELECT id, meeting_id FROM agenda_item WHERE vastloper_id = $1 AND source = 'ESCALATION'`, [itemId]);
      const finished = async (jobIds: string[]): Promise<boolean> =>
        (await Promise.all(jobIds.map((id) => queue.getJobState(id)))).every((state) => state === 'completed');

      // Where the ladder sends this alliance's items now: a first one shows it.
      const first = await stalled();
      await queue.addBulk([due(first)]);
      await waitFor('the first item on the agenda', async () => (await placedOn(first)).length === 1, 20_000);
      const [{ meeting_id: meetingId }] = await placedOn(first);
      // One item already on that agenda (escalated there before and sent down while it stayed, say), one not.
      const again = await stalled();
      const fresh = await stalled();
      const [{ id: kept }]: { id: string }[] = await db.dataSource.query(
        `INSERT INTO agenda_item (meeting_id, position, title, kind, source, minutes_allotted, vastloper_id)
         SELECT $1, count(*) + 1, 'Escalatie: eerder geagendeerd', 'ESCALATION', 'ESCALATION', 20, $2 FROM agenda_item WHERE meeting_id = $1 RETURNING id`,
        [meetingId, again],
      );
      await queueWorker.pause();
      await queue.addBulk([due(again), due(fresh)]);
      queueWorker.resume();
      await waitFor('both jobs to complete', () => finished([`on-agenda-${again}`, `on-agenda-${fresh}`]), 20_000);

      expect(await placedOn(again)).toEqual([{ id: kept, meeting_id: meetingId }]);
      expect((await placedOn(fresh)).map((row) => row.meeting_id)).toEqual([meetingId]);
      const moves: { vastloper_id: string; agenda_item_id: string; to_rung: string }[] = await db.dataSource.query(
        `SELECT vastloper_id, agenda_item_id, to_rung FROM escalation_event WHERE vastloper_id = ANY($1) AND cause = 'STALLED'`,
        [[again, fresh]],
      );
      expect(moves).toHaveLength(2);
      expect(moves.find((move) => move.vastloper_id === again)).toEqual({ vastloper_id: again, agenda_item_id: kept, to_rung: 'ALLIANTIE' });
      expect(moves.find((move) => move.vastloper_id === fresh)?.agenda_item_id).toBe((await placedOn(fresh))[0].id);
      const agenda: { position: number; vastloper_id: string | null }[] = await db.dataSource.query(
        `SELECT position, vastloper_id FROM agenda_item WHERE meeting_id = $1 ORDER BY position`,
        [meetingId],
      );
      expect(agenda.map((row) => row.position)).toEqual(agenda.map((_, index) => index + 1));
      expect(agenda.at(-1)?.vastloper_id).toBe(fresh);
    } finally {
      queueWorker.resume();
      await queue.close();
      connection.disconnect();
    }
  });

  it('lets an administrator run a failed job again or discard it, with an audit entry, and tells them it failed', async () => {
    const RETRY = `mutation ($id: ID!) { retryEscalationFailure(id: $id) { jobId attemptsMade failedReason } }`;
    const DISCARD = `mutation ($id: ID!) { discardEscalationFailure(id: $id) { jobId attemptsMade } }`;
    const connection = createRedisConnection(testRedisUrl());
    const queue = new Queue(QUEUES.escalation, { connection });
    try {
      const admin = (await signIn(url, 'admin@demo.doorbraak.nl')).token;
      const broken = await queue.add(
        JOBS.escalation.escalate,
        { itemType: 'VASTLOPER', itemId: 'kapot', fromRung: 'ALLIANTIE', period: 0, purpose: 'escalate', dueAt: 0 },
        { jobId: 'escalate-broken-retry', attempts: 2, backoff: { type: 'exponential', delay: 100 } },
      );
      await waitFor('the job to fail for good', async () => (await queue.getJobState('escalate-broken-retry')) === 'failed');

      // The worker told every administrator, once, without naming anything they may not read.
      await waitFor('the alert', async () =>
        ((await db.dataSource.query(`SELECT 1 FROM notification WHERE dedupe_key = 'escalation-failed-escalate-broken-retry'`)) as unknown[]).length > 0,
      );
      const alerts: { email: string; kind: string; message: string }[] = await db.dataSource.query(
        `SELECT p.email, n.kind, n.message FROM notification n JOIN person p ON p.id = n.recipient_id
          WHERE n.dedupe_key = 'escalation-failed-escalate-broken-retry'`,
      );
      expect(alerts).toEqual([
        { email: 'admin@demo.doorbraak.nl', kind: 'ESCALATION_FAILED', message: expect.stringContaining('escalate-broken-retry (vastloper kapot) is na 2 pogingen mislukt') },
      ]);

      // Refused for anyone else, and for a job that is not in the failed set.
      expect(errorCode(await graphqlRequest(url, RETRY, { id: broken.id }, { token }))).toBe('FORBIDDEN');
      expect(errorCode(await graphqlRequest(url, DISCARD, { id: broken.id }, { token }))).toBe('FORBIDDEN');
      const missing = await graphqlRequest(url, RETRY, { id: 'escalate-no-such-job' }, { token: admin });
      expect(errorCode(missing)).toBe('NOT_FOUND');
      expect(missing.body.errors?.[0]?.message).toBe('There is no failed escalation job with id "escalate-no-such-job".');

      // Run again: fresh attempts, and (the item id being broken) a second failure for good.
      const firstFailure = (await queue.getJob('escalate-broken-retry'))?.finishedOn ?? 0;
      const { retryEscalationFailure } = await graphqlData<{ retryEscalationFailure: { jobId: string; attemptsMade: number } }>(
        url,
        RETRY,
        { id: broken.id },
        { token: admin },
      );
      expect(retryEscalationFailure).toEqual(expect.objectContaining({ jobId: 'escalate-broken-retry', attemptsMade: 2 }));
      await waitFor('the job to fail for good again', async () => ((await queue.getJob('escalate-broken-retry'))?.finishedOn ?? 0) > firstFailure);
      expect(await queue.getJobState('escalate-broken-retry')).toBe('failed');
      expect((await queue.getJob('escalate-broken-retry'))?.attemptsMade).toBe(2);

      const { discardEscalationFailure } = await graphqlData<{ discardEscalationFailure: { jobId: string } }>(url, DISCARD, { id: broken.id }, { token: admin });
      expect(discardEscalationFailure.jobId).toBe('escalate-broken-retry');
      expect(await queue.getJob('escalate-broken-retry')).toBeUndefined();
      expect(errorCode(await graphqlRequest(url, DISCARD, { id: broken.id }, { token: admin }))).toBe('NOT_FOUND');

      const audit: { operation: string; entity_id: string; actor: string }[] = await db.dataSource.query(
        `SELECT a.operation, a.entity_id, p.email AS actor FROM audit_entry a JOIN person p ON p.id = a.actor_id
          WHERE a.entity_type = 'EscalationFailure' ORDER BY a.id`,
      );
      expect(audit).toEqual([
        { operation: 'retryEscalationFailure', entity_id: 'escalate-broken-retry', actor: 'admin@demo.doorbraak.nl' },
        { operation: 'discardEscalationFailure', entity_id: 'escalate-broken-retry', actor: 'admin@demo.doorbraak.nl' },
      ]);
      // One alert per job, however often it fails.
      expect(((await db.dataSource.query(`SELECT 1 FROM notification WHERE dedupe_key = 'escalation-failed-escalate-broken-retry'`)) as unknown[]).length).toBe(1);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });
});
