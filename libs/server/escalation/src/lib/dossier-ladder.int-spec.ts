import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { seedDemoData } from '@doorbraak/server-seed';
import { QUEUES } from '@doorbraak/server-core';
import { EscalationJobsModule } from './escalation-jobs.module';
import { AnswerSweepService } from './jobs/answer-sweep.service';
import { SweepService } from './jobs/sweep.service';
import { createTestDatabase, obliterateQueues, escalationPorts, graphqlData, graphqlRequest, nodesOf, signIn, startTestApi, startTestWorker, testConfig, type GraphqlResult, type TestDatabase, waitFor } from '@doorbraak/server-testing';

const CREATE_VASTLOPER = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;
const CREATE_DOSSIER = `mutation ($input: CreateDossierInput!) { createDossier(input: $input) { id status rung nextEscalationAt } }`;
const DOSSIER = `query ($id: ID!) { dossier(id: $id) { id status rung rungEnteredAt lastProgressAt nextEscalationAt nextMeeting { id }
  answerTime { reachedRung acknowledgeBy acknowledgedAt answerBy answeredAt acknowledgeFlaggedAt flag } } }`;
const TIMELINE = `query ($id: ID!) { vastloper(id: $id) { dossierTimeline { kind text dossier { id } } } }`;
const AGENDA = `query ($id: ID!) { meeting(id: $id) { type agenda { source kind dossier { id } } } }`;
const NOTE = `mutation ($id: ID!) { addDossierNote(dossierId: $id, kind: PROGRESS, text: "Overleg met JenV gepland") { id } }`;
const ACKNOWLEDGE = `mutation ($id: ID!) { acknowledgeDossier(id: $id, note: "Ligt bij de directie") { id answerTime { acknowledgedAt flag } } }`;
const ANSWER = `mutation ($id: ID!, $answer: String!) { answerDossier(id: $id, answer: $answer) { id answerTime { answeredAt flag } } }`;
const DOSSIER_TIMELINE = `query ($id: ID!) { dossier(id: $id) { timeline { edges { node { fromRung toRung cause reason at actor { id } } } } } }`;
const MINISTRY_CAN = `query ($id: ID!) { dossier(id: $id) { viewerCan { acknowledgeForMinistry answerForMinistry } } }`;

type DossierView = {
  id: string;
  status: string;
  rung: string | null;
  rungEnteredAt: string | null;
  lastProgressAt: string;
  nextEscalationAt: string | null;
  nextMeeting: { id: string } | null;
  answerTime: { reachedRung: string; acknowledgeBy: string; acknowledgedAt: string | null; answeredAt: string | null; acknowledgeFlaggedAt: string | null; flag: string } | null;
};

const COORDINATOR = 'coordinator@demo.doorbraak.nl';

describe('a national dossier on the national rungs, moved by the worker', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let url: string;
  const tokens = new Map<string, string>();
  const people = new Map<string, string>();
  const alliances = new Map<string, string>();

  const as = <T>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> =>
    graphqlData<T>(url, query, variables, { token: tokens.get(who) as string });
  const attempt = (who: string, query: string, variables: Record<string, unknown>): Promise<GraphqlResult<Record<string, unknown>>> =>
    graphqlRequest(url, query, variables, { token: tokens.get(who) as string });
  const view = async (id: string): Promise<DossierView> => (await as<{ dossier: DossierView }>(COORDINATOR, DOSSIER, { id })).dossier;

  let counter = 0;
  const vastloper = async (slug: string): Promise<string> =>
    (
      await as<{ createVastloper: { id: string } }>(`programmadirecteur.${slug}`, CREATE_VASTLOPER, {
        input: { allianceId: alliances.get(slug), title: `Landelijke trede ${++counter}`, category: 'GEGEVENSDELING', actielijn: 'MEEDOEN' },
      })
    ).createVastloper.id;
  const dossier = async (vastloperIds: string[], ministryOwnerId: string | null = null): Promise<DossierView> =>
    (
      await as<{ createDossier: DossierView }>(COORDINATOR, CREATE_DOSSIER, {
        input: { title: `Gegevensdeling ${++counter}`, cause: 'De AVG houdt gegevensdeling tegen.', owningMinistry: 'JenV', ministryOwnerId, vastloperIds },
      })
    ).createDossier;

  // The sweep as the worker runs it, several times at once.
  const sweepConcurrently = async (): Promise<void> => {
    const sweeps = worker.get(SweepService);
    await Promise.all([sweeps.sweep(new Date()), sweeps.sweep(new Date()), sweeps.sweep(new Date())]);
  };
  const answerSweepConcurrently = async (): Promise<void> => {
    const sweeps = worker.get(AnswerSweepService);
    await Promise.all([sweeps.sweep(new Date()), sweeps.sweep(new Date()), sweeps.sweep(new Date())]);
  };
  const count = async (sql: string, params: unknown[]): Promise<number> => ((await db.dataSource.query(sql, params)) as { n: number }[])[0].n;

  beforeAll(async () => {
    await obliterateQueues([QUEUES.escalation]);
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    // The demo's own due items and clocks would keep the worker busy: this test watches only its own.
    for (const table of ['vastloper', 'doorbraak', 'dossier']) {
      await db.dataSource.query(`UPDATE ${table} SET next_escalation_at = NULL, early_warning_at = NULL`);
    }
    await db.dataSource.query(`UPDATE answer_clock SET closed_at = now() WHERE closed_at IS NULL`);
    // The national ladder compressed: a dossier stalls at INTERDEPARTEMENTAAL after four seconds.
    await db.dataSource.query(
      `UPDATE escalation_rung_setting SET stall_unit = 'DURATION', stall_duration = 'PT4S', stall_working_days = NULL
        WHERE alliance_id IS NULL AND rung = 'INTERDEPARTEMENTAAL'`,
    );
    for (const row of (await db.dataSource.query(`SELECT a.id, f.slug FROM alliance a JOIN focus_area f ON f.id = a.focus_area_id`)) as { id: string; slug: string }[]) {
      alliances.set(row.slug, row.id);
    }
    for (const row of (await db.dataSource.query(`SELECT id, email FROM person`)) as { id: string; email: string }[]) {
      people.set(row.email, row.id);
    }
    ({ app: api, url } = await startTestApi(db.appUrl));
    for (const email of [COORDINATOR, 'programmadirecteur.delft-west@demo.doorbraak.nl', 'programmadirecteur.lelystad-oost@demo.doorbraak.nl', 'rijksvertegenwoordiger.zaandam-oost@demo.doorbraak.nl']) {
      tokens.set(email.startsWith('coordinator') ? email : email.replace('@demo.doorbraak.nl', ''), (await signIn(url, email)).token);
    }
    // The scheduled sweeps stay out of the way (an hour apart): the test sweeps itself.
    worker = await startTestWorker(testConfig({ databaseUrl: db.appUrl, escalationSweepEvery: 'PT1H' }), [EscalationJobsModule, escalationPorts()]);
  }, 240_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await obliterateQueues([QUEUES.escalation]);
    await db?.drop();
  });

  it('opens at INTERDEPARTEMENTAAL and climbs once to the doorbraakoverleg however often the sweep runs, onto its agenda and every carried timeline', async () => {
    const carried = [await vastloper('delft-west'), await vastloper('lelystad-oost')];
    const opened = await dossier(carried);
    expect(opened).toMatchObject({ status: 'OPEN', rung: 'INTERDEPARTEMENTAAL', nextEscalationAt: expect.any(String) });
    expect(new Date(opened.nextEscalationAt as string).getTime()).toBeGreaterThan(Date.now());

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, new Date(opened.nextEscalationAt as string).getTime() - Date.now() + 200)));
    await sweepConcurrently();
    await waitFor('the dossier to reach the doorbraakoverleg', async () => (await view(opened.id)).rung === 'DOORBRAAKOVERLEG', 30_000);
    await sweepConcurrently();
    await sweepConcurrently();

    expect(await count(`SELECT count(*)::int AS n FROM escalation_event WHERE dossier_id = $1 AND cause = 'STALLED'`, [opened.id])).toBe(1);
    const after = await view(opened.id);
    expect(after).toMatchObject({ status: 'OPEN', rung: 'DOORBRAAKOVERLEG' });
    // On the agenda of the next doorbraakoverleg, once.
    expect(after.nextMeeting).not.toBeNull();
    const { meeting } = await as<{ meeting: { type: string; agenda: { source: string; kind: string; dossier: { id: string } | null }[] } }>(COORDINATOR, AGENDA, {
      id: after.nextMeeting?.id,
    });
    expect(meeting.type).toBe('DOORBRAAKOVERLEG');
    expect(meeting.agenda.filter((item) => item.dossier?.id === opened.id)).toEqual([{ source: 'ESCALATION', kind: 'ESCALATION', dossier: { id: opened.id } }]);
    // The holders of the next rung (the national coordinators) are told once.
    expect(
      await count(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND kind = 'ESCALATED' AND link = $2`, [
        people.get(COORDINATOR),
        `/dossiers/${opened.id}`,
      ]),
    ).toBe(1);
    // The dossier's own timeline shows the move, once, by the system, to whoever reads the dossier.
    for (const who of [COORDINATOR, 'programmadirecteur.delft-west']) {
      const { dossier: own } = await as<{
        dossier: { timeline: { edges: { node: { fromRung: string | null; toRung: string; cause: string; reason: string | null; at: string; actor: { id: string } | null } }[] } };
      }>(
        who,
        DOSSIER_TIMELINE,
        { id: opened.id },
      );
      expect(nodesOf(own.timeline)).toEqual([
        {
          fromRung: 'INTERDEPARTEMENTAAL',
          toRung: 'DOORBRAAKOVERLEG',
          cause: 'STALLED',
          reason: 'Geen voortgang binnen PT4S bij de interdepartementale werkgroep.',
          at: after.rungEnteredAt,
          actor: null,
        },
      ]);
    }
    // Every carried vastloper's dossier timeline shows the move, once.
    for (const [index, id] of carried.entries()) {
      const who = index === 0 ? 'programmadirecteur.delft-west' : 'programmadirecteur.lelystad-oost';
      const { vastloper: row } = await as<{ vastloper: { dossierTimeline: { kind: string; text: string | null; dossier: { id: string } }[] } }>(who, TIMELINE, { id });
      expect(row.dossierTimeline.filter((entry) => entry.kind === 'ESCALATED')).toEqual([
        { kind: 'ESCALATED', text: 'Geen voortgang binnen PT4S bij de interdepartementale werkgroep.', dossier: { id: opened.id } },
      ]);
    }
  });

  it('restarts its stall clock on a progress note', async () => {
    const opened = await dossier([await vastloper('delft-west')]);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await as(COORDINATOR, NOTE, { id: opened.id });
    const after = await view(opened.id);
    expect(new Date(after.lastProgressAt).getTime()).toBeGreaterThan(new Date(after.rungEnteredAt as string).getTime());
    expect(new Date(after.nextEscalationAt as string).getTime() - new Date(opened.nextEscalationAt as string).getTime()).toBeGreaterThanOrEqual(1_400);
    expect(after.rung).toBe('INTERDEPARTEMENTAAL');
  });

  it('flags a dossier its ministry did not acknowledge in time once, and tells the next rung once', async () => {
    const opened = await dossier([await vastloper('lelystad-oost')]);
    const clock = (await view(opened.id)).answerTime;
    expect(clock).toMatchObject({ reachedRung: 'INTERDEPARTEMENTAAL', acknowledgedAt: null, flag: 'NONE' });
    // The stall clock stays out of the way; the acknowledgement was due a moment ago.
    await db.dataSource.query(`UPDATE dossier SET next_escalation_at = NULL, early_warning_at = NULL WHERE id = $1`, [opened.id]);
    await db.dataSource.query(`UPDATE answer_clock SET reached_ministry_at = now() - interval '2 minutes', acknowledge_by = now() - interval '1 minute' WHERE dossier_id = $1`, [opened.id]);

    await answerSweepConcurrently();
    await answerSweepConcurrently();

    const flagged = (await view(opened.id)).answerTime;
    expect(flagged).toMatchObject({ flag: 'ACK_OVERDUE', acknowledgeFlaggedAt: expect.any(String) });
    expect(
      await count(`SELECT count(*)::int AS n FROM notification WHERE kind = 'ANSWER_OVERDUE' AND link = $1 AND recipient_id = $2`, [
        `/dossiers/${opened.id}`,
        people.get(COORDINATOR),
      ]),
    ).toBe(1);
  });

  it('is acknowledged and answered by its owner at the ministry; anyone else, and bad input, change nothing', async () => {
    const owner = people.get('rijksvertegenwoordiger.zaandam-oost@demo.doorbraak.nl') as string;
    const opened = await dossier([await vastloper('delft-west')], owner);

    // What the page offers each of them: the same as the commands allow.
    const offered = async (who: string): Promise<{ acknowledgeForMinistry: boolean; answerForMinistry: boolean }> =>
      (await as<{ dossier: { viewerCan: { acknowledgeForMinistry: boolean; answerForMinistry: boolean } } }>(who, MINISTRY_CAN, { id: opened.id })).dossier.viewerCan;
    expect(await offered('rijksvertegenwoordiger.zaandam-oost')).toEqual({ acknowledgeForMinistry: true, answerForMinistry: true });
    expect(await offered(COORDINATOR)).toEqual({ acknowledgeForMinistry: true, answerForMinistry: true });
    expect(await offered('programmadirecteur.delft-west')).toEqual({ acknowledgeForMinistry: false, answerForMinistry: false });

    const stranger = await attempt('programmadirecteur.delft-west', ACKNOWLEDGE, { id: opened.id });
    expect(stranger.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await view(opened.id)).answerTime?.acknowledgedAt).toBeNull();

    const acknowledged = await as<{ acknowledgeDossier: { answerTime: { acknowledgedAt: string | null; flag: string } } }>('rijksvertegenwoordiger.zaandam-oost', ACKNOWLEDGE, {
      id: opened.id,
    });
    expect(acknowledged.acknowledgeDossier.answerTime).toMatchObject({ acknowledgedAt: expect.any(String), flag: 'NONE' });
    expect(await offered('rijksvertegenwoordiger.zaandam-oost')).toEqual({ acknowledgeForMinistry: false, answerForMinistry: true });
    const twice = await attempt('rijksvertegenwoordiger.zaandam-oost', ACKNOWLEDGE, { id: opened.id });
    expect(twice.body.errors?.[0]?.extensions?.['reason']).toBe('ALREADY_ACKNOWLEDGED');
    const blank = await attempt('rijksvertegenwoordiger.zaandam-oost', ANSWER, { id: opened.id, answer: '   ' });
    expect(blank.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const malformed = await attempt('rijksvertegenwoordiger.zaandam-oost', ANSWER, { id: 'kapot', answer: 'Ja' });
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
    expect((await view(opened.id)).answerTime?.answeredAt).toBeNull();

    const answered = await as<{ answerDossier: { answerTime: { answeredAt: string | null } } }>('rijksvertegenwoordiger.zaandam-oost', ANSWER, {
      id: opened.id,
      answer: 'Een experimenteerbepaling is mogelijk.',
    });
    expect(answered.answerDossier.answerTime.answeredAt).not.toBeNull();
    expect(await offered('rijksvertegenwoordiger.zaandam-oost')).toEqual({ acknowledgeForMinistry: false, answerForMinistry: false });
    expect(await offered(COORDINATOR)).toEqual({ acknowledgeForMinistry: false, answerForMinistry: false });
  });
});
