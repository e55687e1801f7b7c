import { execFile } from 'node:child_process';
import type { INestApplication } from '@nestjs/common';
import { QUEUES } from '@doorbraak/server-core';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, errorCode, graphqlData, graphqlRequest, obliterateQueues, QueryCounter, signIn, startTestApi, type TestDatabase } from '@doorbraak/server-testing';

const SLUG = 'delft-west';
const email = (role: string, slug = SLUG) => `${role}.${slug}@demo.doorbraak.nl`;

const BRIEFING = `query ($id: ID!) { meetingBriefing(meetingId: $id) {
  meeting { id } alliance { name } previousMeeting { id } from to listLimit
  totals { newVastlopers escalated deEscalated stalledAtTop answerOverdue doorbrakenAchieved overdueActionItems openCommitments noUpdate }
  newVastlopers { id title actielijn rung }
  escalated { item { id } fromRung toRung cause }
  deEscalated { item { id } fromRung toRung cause }
  stalledAtTop { id }
  doorbrakenAchieved { id title impact achievedAtRung }
  decisionsNeeded { id title kind }
  overdueActionItems { id description dueDate }
  openCommitments { id }
  noUpdate { title source }
  figures { actielijn openVastlopers newVastlopers resolvedVastlopers escalated deEscalated doorbrakenAchieved }
} }`;
const CREATE_MEETING = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const HELD = `mutation ($id: ID!) { markMeetingHeld(meetingId: $id) { status } }`;
const ADD_ITEM = `mutation ($meetingId: ID!, $input: AddAgendaItemInput!) { addAgendaItem(meetingId: $meetingId, input: $input) { id } }`;
const CREATE_VASTLOPER = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;
const CREATE_DOORBRAAK = `mutation ($input: CreateDoorbraakInput!) { createDoorbraak(input: $input) { id } }`;
const ESCALATE = `mutation ($id: ID!) { escalate(itemId: $id, reason: "Komt niet verder") { __typename } }`;
const DE_ESCALATE = `mutation ($id: ID!) { deEscalate(itemId: $id, reason: "Eerst lokaal oppakken") { __typename } }`;
const DECIDE = `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }`;
const CREATE_ACTION = `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`;

type Briefing = {
  meeting: { id: string };
  alliance: { name: string };
  previousMeeting: { id: string } | null;
  from: string;
  to: string;
  newVastlopers: { id: string; title: string; actielijn: string; rung: string }[];
  escalated: { item: { id: string }; fromRung: string; toRung: string; cause: string }[];
  deEscalated: { item: { id: string }; fromRung: string; toRung: string; cause: string }[];
  stalledAtTop: { id: string }[];
  doorbrakenAchieved: { id: string; title: string; impact: string | null; achievedAtRung: string | null }[];
  decisionsNeeded: { id: string; title: string; kind: string }[];
  listLimit: number;
  totals: Record<'newVastlopers' | 'escalated' | 'deEscalated' | 'stalledAtTop' | 'answerOverdue' | 'doorbrakenAchieved' | 'overdueActionItems' | 'openCommitments' | 'noUpdate', number>;
  overdueActionItems: { id: string; description: string; dueDate: string }[];
  openCommitments: { id: string }[];
  noUpdate: { title: string; source: string }[];
  figures: {
    actielijn: string;
    openVastlopers: number;
    newVastlopers: number;
    resolvedVastlopers: number;
    escalated: number;
    deEscalated: number;
    doorbrakenAchieved: number;
  }[];
};

const pdfText = (pdf: Buffer): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = execFile('pdftotext', ['-layout', '-', '-'], { encoding: 'utf8' }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
    child.stdin?.end(pdf);
  });

describe("the mayor's briefing", () => {
  let db: TestDatabase;
  let app: INestApplication;
  let url: string;
  let allianceId: string;
  let next: string;
  let previous: string;
  const tokens: Record<string, string> = {};
  const created: Record<string, string> = {};
  const counter = new QueryCounter();

  const as = <T>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => graphqlData<T>(url, query, variables, { token: tokens[who] });
  const briefing = async (who = 'mayor'): Promise<Briefing> => (await as<{ meetingBriefing: Briefing }>(who, BRIEFING, { id: next })).meetingBriefing;
  const vastloper = async (title: string, actielijn: string, confidential = false): Promise<string> =>
    (await as<{ createVastloper: { id: string } }>('director', CREATE_VASTLOPER, { input: { allianceId, title, category: 'FINANCIERING', actielijn, confidential } }))
      .createVastloper.id;
  const pdf = (who: string | null, id = next) =>
    fetch(`${url}/meetings/${id}/briefing.pdf`, { headers: who ? { authorization: `Bearer ${tokens[who]}` } : {} });

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    [{ id: allianceId }] = await db.dataSource.query(`SELECT id FROM alliance WHERE slug = $1`, [SLUG]);
    // The demo's next alliance meeting, still to be prepared whatever day the test runs.
    [{ id: next }] = await db.dataSource.query(
      `SELECT id FROM meeting WHERE alliance_id = $1 AND type = 'ALLIANTIE' AND scheduled_at > now() ORDER BY scheduled_at LIMIT 1`,
      [allianceId],
    );
    await db.dataSource.query(`UPDATE meeting SET status = 'DRAFT', agenda_published_at = NULL WHERE id = $1`, [next]);
    ({ app, url } = await startTestApi(db.appUrl, { counter }));
    for (const [who, address] of Object.entries({
      director: email('programmadirecteur'),
      mayor: email('burgemeester'),
      rv: email('rijksvertegenwoordiger'),
      partner: email('partner'),
      otherMayor: email('burgemeester', 'heerlen-noord'),
      coordinator: 'coordinator@demo.doorbraak.nl',
    })) {
      tokens[who] = (await signIn(url, address)).token;
    }
    // The previous meeting was held just now: everything the demo already holds lies before it, so the
    // briefing lists exactly what this test does after it.
    ({ createMeeting: { id: previous } } = await as<{ createMeeting: { id: string } }>('director', CREATE_MEETING, {
      input: { type: 'ALLIANTIE', allianceId, scheduledAt: new Date().toISOString() },
    }));
    await as('director', HELD, { id: previous });

    created['new'] = await vastloper('Geen passende dagbesteding voor statushouders', 'MEEDOEN');
    created['up'] = await vastloper('Sloopvergunning loopt vast bij de provincie', 'WONINGEN_EN_WIJKEN');
    await as('director', ESCALATE, { id: created['up'] });
    created['upDown'] = await vastloper('Cameratoezicht zonder grondslag', 'VEILIGHEID', true);
    await as('director', ESCALATE, { id: created['upDown'] });
    await as('director', DE_ESCALATE, { id: created['upDown'] });
    created['doorbraak'] = (
      await as<{ createDoorbraak: { id: string } }>('director', CREATE_DOORBRAAK, {
        input: { allianceId, title: 'Eén loket voor jongeren', kind: 'INITIATIEF', status: 'LOPEND', actielijn: 'MEEDOEN', impact: '55 jongeren geplaatst' },
      })
    ).createDoorbraak.id;
    await as('mayor', DECIDE, {
      input: { meetingId: previous, text: 'Het loket is een doorbraak: voortzetten en delen.', doorbraakId: created['doorbraak'], outcome: 'RESOLVE' },
    });
    // A doorbraak's move too: the briefing finds the alliance's moves by the alliance each event carries.
    created['doorbraakUp'] = (
      await as<{ createDoorbraak: { id: string } }>('director', CREATE_DOORBRAAK, {
        input: { allianceId, title: 'Woonwerkplekken boven winkels', kind: 'INITIATIEF', status: 'LOPEND', actielijn: 'MEEDOEN' },
      })
    ).createDoorbraak.id;
    await as('director', ESCALATE, { id: created['doorbraakUp'] });
    created['decision'] = (
      await as<{ addAgendaItem: { id: string } }>('director', ADD_ITEM, { meetingId: next, input: { title: 'Besluit: jaarplan 2027', kind: 'DECISION' } })
    ).addAgendaItem.id;
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    created['overdue'] = (
      await as<{ createActionItem: { id: string } }>('director', CREATE_ACTION, {
        input: { allianceId, description: 'Rapportage over de dagbesteding aanleveren.', ownerId: (await db.dataSource.query(`SELECT id FROM person WHERE email = $1`, [email('partner')]))[0].id, dueDate: yesterday },
      })
    ).createActionItem.id;
  });

  afterAll(async () => {
    await app?.close();
    await obliterateQueues([QUEUES.meetings, QUEUES.notifications]);
    await db?.drop();
  });

  it('lists exactly the changes since the previous meeting of the alliance', async () => {
    const view = await briefing();
    expect(view.alliance.name).toBe('Alliantie Delft West');
    expect(view.previousMeeting?.id).toBe(previous);
    expect(view.newVastlopers.map((row) => row.id)).toEqual([created['new'], created['up'], created['upDown']]);
    expect(view.escalated).toEqual([
      { item: { id: created['up'] }, fromRung: 'PROGRAMMABUREAU', toRung: 'ALLIANTIE', cause: 'MANUAL' },
      { item: { id: created['upDown'] }, fromRung: 'PROGRAMMABUREAU', toRung: 'ALLIANTIE', cause: 'MANUAL' },
      { item: { id: created['doorbraakUp'] }, fromRung: 'PROGRAMMABUREAU', toRung: 'ALLIANTIE', cause: 'MANUAL' },
    ]);
    expect(view.deEscalated).toEqual([{ item: { id: created['upDown'] }, fromRung: 'ALLIANTIE', toRung: 'PROGRAMMABUREAU', cause: 'DE_ESCALATED' }]);
    expect(view.doorbrakenAchieved).toEqual([
      { id: created['doorbraak'], title: 'Eén loket voor jongeren', impact: '55 jongeren geplaatst', achievedAtRung: 'PROGRAMMABUREAU' },
    ]);
    const figure = (actielijn: string) => view.figures.find((row) => row.actielijn === actielijn);
    expect(figure('MEEDOEN')).toEqual(expect.objectContaining({ newVastlopers: 1, escalated: 1, deEscalated: 0, doorbrakenAchieved: 1 }));
    expect(figure('WONINGEN_EN_WIJKEN')).toEqual(expect.objectContaining({ newVastlopers: 1, escalated: 1, deEscalated: 0, doorbrakenAchieved: 0 }));
    expect(figure('VEILIGHEID')).toEqual(expect.objectContaining({ newVastlopers: 1, escalated: 1, deEscalated: 1, doorbrakenAchieved: 0 }));
    expect(figure('SAMENHANGENDE_AANPAK')).toEqual(expect.objectContaining({ newVastlopers: 0, escalated: 0, deEscalated: 0, resolvedVastlopers: 0, doorbrakenAchieved: 0 }));
    // Open at the period's end: every item of the alliance not closed and created by then, counted by the
    // database (the briefing reads only the period's items as rows).
    const open: { actielijn: string; open: string }[] = await db.dataSource.query(
      `SELECT actielijn, count(*) AS open FROM vastloper
        WHERE alliance_id = $1 AND status NOT IN ('OPGELOST', 'INGETROKKEN') AND created_at <= $2 GROUP BY actielijn`,
      [allianceId, view.to],
    );
    expect(open.length).toBeGreaterThan(1);
    for (const row of view.figures) {
      expect([row.actielijn, row.openVastlopers]).toEqual([row.actielijn, Number(open.find((count) => count.actielijn === row.actielijn)?.open ?? 0)]);
    }
  });

  it('shows the current state: decisions on this agenda, overdue action items, open commitments, items stalled at the top', async () => {
    const view = await briefing();
    const decisions: { id: string }[] = await db.dataSource.query(
      `SELECT id FROM agenda_item WHERE meeting_id = $1 AND kind IN ('DECISION', 'ESCALATION') ORDER BY position`,
      [next],
    );
    expect(view.decisionsNeeded.map((row) => row.id)).toEqual(decisions.map((row) => row.id));
    expect(view.decisionsNeeded.map((row) => row.title)).toEqual(expect.arrayContaining(['Besluit: jaarplan 2027']));
    expect(view.decisionsNeeded.some((row) => row.kind === 'ESCALATION')).toBe(true);
    const overdue: { id: string }[] = await db.dataSource.query(
      `SELECT id FROM action_item WHERE alliance_id = $1 AND status = 'OPEN' AND due_date < (now() AT TIME ZONE 'Europe/Amsterdam')::date`,
      [allianceId],
    );
    expect(view.overdueActionItems.map((row) => row.id).sort()).toEqual(overdue.map((row) => row.id).sort());
    expect(view.overdueActionItems.map((row) => row.id)).toContain(created['overdue']);
    const commitments: { id: string }[] = await db.dataSource.query(
      `SELECT id FROM action_item WHERE alliance_id = $1 AND status = 'OPEN' AND kind = 'COMMITMENT' ORDER BY created_at, id`,
      [allianceId],
    );
    expect(view.openCommitments.map((row) => row.id)).toEqual(commitments.map((row) => row.id));
    const top: { id: string }[] = await db.dataSource.query(
      `SELECT id FROM vastloper WHERE alliance_id = $1 AND rung = 'DOORBRAAKOVERLEG' AND overdue_at IS NOT NULL AND status IN ('OPEN', 'IN_BEHANDELING')
       UNION SELECT id FROM doorbraak WHERE alliance_id = $1 AND rung = 'DOORBRAAKOVERLEG' AND overdue_at IS NOT NULL AND status = 'LOPEND'`,
      [allianceId],
    );
    expect(view.stalledAtTop.map((row) => row.id).sort()).toEqual(top.map((row) => row.id).sort());
    // Short lists are whole: each total is its list's length.
    expect(view.totals).toEqual({
      newVastlopers: view.newVastlopers.length,
      escalated: view.escalated.length,
      deEscalated: view.deEscalated.length,
      stalledAtTop: view.stalledAtTop.length,
      answerOverdue: 0,
      doorbrakenAchieved: view.doorbrakenAchieved.length,
      overdueActionItems: view.overdueActionItems.length,
      openCommitments: view.openCommitments.length,
      noUpdate: view.noUpdate.length,
    });
  });

  it('reads the meeting once, and runs as many statements for a busy alliance as for a quiet one', async () => {
    const statements = async (): Promise<readonly string[]> => {
      await briefing();
      counter.reset();
      await briefing();
      return [...counter.statements];
    };
    const quiet = await statements();
    // The meeting comes out of the database once (the agenda's access check joins it, which is no read of its own).
    expect(quiet.filter((statement) => /FROM "meeting" "/.test(statement) && /WHERE .*"id" = /.test(statement))).toHaveLength(1);
    // Within its snapshot, after the snapshot's settings: the alliance with the previous meeting, everything
    // the period holds, and the rows its lines name with their owners' names.
    const snapshot = quiet.slice(quiet.indexOf('START TRANSACTION') + 1, quiet.indexOf('COMMIT'));
    expect(snapshot[0]).toMatch(/^SET TRANSACTION ISOLATION LEVEL REPEATABLE READ/);
    expect(snapshot).toHaveLength(4);

    // More of everything the briefing lists: new, escalated and de-escalated items, agenda items, action items.
    const partnerId = (await db.dataSource.query(`SELECT id FROM person WHERE email = $1`, [email('partner')]))[0].id;
    for (const index of [1, 2, 3]) {
      const id = await vastloper(`Extra vastloper ${index}`, 'MEEDOEN');
      await as('director', ESCALATE, { id });
      await as('director', DE_ESCALATE, { id });
      await as('director', ADD_ITEM, { meetingId: next, input: { title: `Besluit ${index}`, kind: 'DECISION', vastloperId: id } });
      await as('director', CREATE_ACTION, { input: { allianceId, description: `Actie ${index}`, ownerId: partnerId, dueDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10) } });
    }
    const busy = await statements();
    expect((await briefing()).escalated.length).toBeGreaterThanOrEqual(5);
    expect(busy).toHaveLength(quiet.length);
  });

  it('lists at most the first listLimit lines of a long list, the longest overdue first, and counts them all', async () => {
    const partnerId = (await db.dataSource.query(`SELECT id FROM person WHERE email = $1`, [email('partner')]))[0].id;
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
    const before = await briefing();
    const extra = before.listLimit + 1 - before.totals.overdueActionItems;
    for (let index = 0; index < extra; index += 1) {
      await as('director', CREATE_ACTION, { input: { allianceId, description: `Lang over tijd ${index}`, ownerId: partnerId, dueDate: daysAgo(300 + index) } });
    }
    const view = await briefing();
    const overdue: { id: string }[] = await db.dataSource.query(
      `SELECT id FROM action_item WHERE alliance_id = $1 AND status = 'OPEN' AND due_date < (now() AT TIME ZONE 'Europe/Amsterdam')::date
        ORDER BY due_date, created_at, id`,
      [allianceId],
    );
    expect(overdue.length).toBe(view.listLimit + 1);
    expect(view.listLimit).toBe(20);
    expect(view.totals.overdueActionItems).toBe(overdue.length);
    expect(view.overdueActionItems.map((row) => row.id)).toEqual(overdue.slice(0, view.listLimit).map((row) => row.id));
  });

  it('is for the chair, the programme director, the rijksvertegenwoordiger and coordinators only', async () => {
    expect((await briefing('director')).meeting.id).toBe(next);
    expect((await briefing('rv')).meeting.id).toBe(next);
    expect((await briefing('coordinator')).meeting.id).toBe(next);
    expect(errorCode(await graphqlRequest(url, BRIEFING, { id: next }, { token: tokens['partner'] }))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url, BRIEFING, { id: next }, { token: tokens['otherMayor'] }))).toBe('NOT_FOUND');
  });

  it('downloads as a tagged Dutch A4 PDF with page numbers and the alliance’s name, authorised like the query', async () => {
    const response = await pdf('mayor');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="briefing-delft-west-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/Lang (nl)');
    expect(raw).toContain('/StructTreeRoot');
    // A4 is 595 × 842 points.
    expect(raw).toMatch(/\/MediaBox \[0 0 59[45]\.\d* 84[12]\.\d*\]|\/MediaBox \[0 0 595 842\]/);
    const text = await pdfText(bytes);
    expect(text).toContain('Alliantie Delft West');
    expect(text).toContain('Briefing voor de burgemeester');
    expect(text).toContain('Sloopvergunning loopt vast bij de provincie');
    expect(text).toContain('Eén loket voor jongeren: 55 jongeren geplaatst');
    expect(text).toMatch(/Pagina 1 van \d/);

    expect((await pdf('partner')).status).toBe(403);
    expect((await pdf('otherMayor')).status).toBe(404);
    expect((await pdf(null)).status).toBe(401);
    expect((await pdf('mayor', 'geen-id')).status).toBe(400);
  });
});
