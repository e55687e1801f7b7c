import type { AddressInfo } from 'node:net';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { createRedisConnection, JOBS, QUEUES } from '@doorbraak/server-core';
import { ESCALATION_NOTIFIER, type EscalationNotifier } from '@doorbraak/server-escalation';
import { MeetingsJobsModule } from './meetings-jobs.module';
import { MEETINGS_SWEEP_SCHEDULER_ID } from './jobs/meetings-scheduler.service';
import { NotificationsJobsModule } from '@doorbraak/server-notifications';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, obliterateQueues, signIn, startTestApi, startTestWorker, testConfig, testRedisUrl, waitFor, type TestDatabase } from '@doorbraak/server-testing';

type ReceivedMail = { to: string[]; raw: string };

const SLUG = 'tilburg-noordwest';
const email = (role: string) => `${role}.${SLUG}@demo.doorbraak.nl`;
const DAY_MS = 86_400_000;

const CREATE_ACTION = `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id dueDate } }`;
const UPDATE_ACTION = `mutation ($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { id dueDate } }`;
const COMPLETE_ACTION = `mutation ($id: ID!) { completeActionItem(id: $id) { status completedAt } }`;
const PROGRESS_ACTION = `mutation ($id: ID!, $note: String!) { reportActionItemProgress(id: $id, note: $note) { progressNoteAt } }`;
const ACTION_ITEMS = `query ($filter: ActionItemFilter) { actionItems(filter: $filter, first: 100) { edges { node { id overdue owner { name } } } } }`;
const CREATE_MEETING = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id scheduledAt } }`;
const UPDATE_MEETING = `mutation ($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { id scheduledAt } }`;
const ADD_ITEM = `mutation ($meetingId: ID!, $input: AddAgendaItemInput!) { addAgendaItem(meetingId: $meetingId, input: $input) { id } }`;
const CREATE_VASTLOPER = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;
const ADD_PROGRESS = `mutation ($itemId: ID!, $text: String!) { addProgress(itemId: $itemId, text: $text) { id } }`;
const ACTION_ITEM = `query ($id: ID!) {
  actionItem(id: $id) { statusRequestedAt noUpdate progressNote viewerCan { complete reportProgress manage } progressReports { note at author { name } } }
}`;
const AGENDA = `query ($id: ID!) { meeting(id: $id) { statusRequestedAt briefingPreparedAt agenda { id title noUpdate } } }`;
const BRIEFING_NO_UPDATE = `query ($id: ID!) { meetingBriefing(meetingId: $id) { preparedAt noUpdate { title source } } }`;
const BRIEFING_NO_UPDATE_LINKS = `query ($id: ID!) { meetingBriefing(meetingId: $id) { noUpdate { title vastloperId doorbraakId actionItemId } } }`;
const PUBLISH = `mutation ($id: ID!) { publishAgenda(meetingId: $id) { status } }`;
const SET_PREFERENCE = `mutation ($kind: NotificationKind!, $delivery: NotificationDelivery!) { setNotificationPreference(kind: $kind, delivery: $delivery) { kind delivery } }`;
const PREFERENCES = `{ notificationPreferences { kind delivery } }`;
const NOTIFICATIONS = `query ($unreadOnly: Boolean) { notifications(unreadOnly: $unreadOnly) { edges { node { id kind message link readAt meetingId actionItemId } } } unreadNotificationCount }`;
const MARK_READ = `mutation ($id: ID!) { markNotificationRead(id: $id) { readAt } }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;

// Quoted-printable soft line breaks and escapes, and MIME-encoded header words: enough to read a mail.
const decode = (raw: string): string =>
  Buffer.from(
    raw
      .replace(/=\?UTF-8\?Q\?([^?]*)\?=\s*/gi, (_match, word: string) => word.replace(/_/g, ' '))
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

const amsterdamDate = (offsetDays: number): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + offsetDays * DAY_MS));

const obliterate = (): Promise<void> => obliterateQueues([QUEUES.meetings, QUEUES.notifications]);

describe('reminders, status requests, the briefing job and notification e-mail, run by the worker', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let smtp: SMTPServer;
  let url: string;
  let allianceId: string;
  let meetings: Queue;
  let notificationsQueue: Queue;
  const connection = createRedisConnection(testRedisUrl());
  const eventsConnections = [createRedisConnection(testRedisUrl()), createRedisConnection(testRedisUrl())];
  const events: Record<string, QueueEvents> = {};
  const queueEvents = async (name: string = QUEUES.meetings): Promise<QueueEvents> => events[name];
  const received: ReceivedMail[] = [];
  const people: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const as = <T>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => graphqlData<T>(url, query, variables, { token: tokens[who] });
  const mailsTo = (address: string, subject: RegExp): string[] =>
    received.filter((mail) => mail.to.includes(address)).map((mail) => decode(mail.raw)).filter((body) => subject.test(body));
  const notificationsOf = (personId: string, kind: string, extra = '', params: unknown[] = []): Promise<{ id: string; message: string; dedupe_key: string; email_state: string }[]> =>
    db.dataSource.query(
      `SELECT id, message, dedupe_key, email_state FROM notification WHERE recipient_id = $1 AND kind = $2 ${extra} ORDER BY created_at`,
      [personId, kind, ...params],
    );

  beforeAll(async () => {
    await obliterate();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((recipient) => recipient.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpConfig = { url: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`, from: 'Doorbraak <noreply@doorbraak.nl>' };

    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    [{ id: allianceId }] = await db.dataSource.query(`SELECT id FROM alliance WHERE slug = $1`, [SLUG]);
    for (const row of (await db.dataSource.query(`SELECT email, id FROM person`)) as { email: string; id: string }[]) {
      people[row.email] = row.id;
    }
    ({ app: api, url } = await startTestApi(db.appUrl));
    for (const [who, address] of Object.entries({ director: email('programmadirecteur'), mayor: email('burgemeester'), partner: email('partner') })) {
      tokens[who] = (await signIn(url, address)).token;
    }
    worker = await startTestWorker(testConfig({ databaseUrl: db.appUrl, smtp: smtpConfig }), [MeetingsJobsModule, NotificationsJobsModule]);
    meetings = new Queue(QUEUES.meetings, { connection });
    notificationsQueue = new Queue(QUEUES.notifications, { connection });
    events[QUEUES.meetings] = new QueueEvents(QUEUES.meetings, { connection: eventsConnections[0] });
    events[QUEUES.notifications] = new QueueEvents(QUEUES.notifications, { connection: eventsConnections[1] });
    await Promise.all(Object.values(events).map((queueEvent) => queueEvent.waitUntilReady()));
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await meetings?.close();
    await notificationsQueue?.close();
    for (const queueEvent of Object.values(events)) {
      await queueEvent.close();
    }
    connection.disconnect();
    eventsConnections.forEach((eventsConnection) => eventsConnection.disconnect());
    await obliterate();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    await db?.drop();
  });

  it('keeps the hourly sweep scheduled by the worker', async () => {
    const schedulers = await meetings.getJobSchedulers();
    expect(schedulers.map((scheduler) => scheduler.key)).toContain(MEETINGS_SWEEP_SCHEDULER_ID);
  });

  describe('an action item reminder', () => {
    const reminders = (itemId: string) => notificationsOf(people[email('partner')], 'ACTION_ITEM_REMINDER', 'AND action_item_id = $3', [itemId]);
    // An action item of the partner's, due on that day.
    const actionItem = async (description: string, dueDate: string): Promise<string> =>
      (await as<{ createActionItem: { id: string } }>('director', CREATE_ACTION, { input: { allianceId, description, ownerId: people[email('partner')], dueDate } }))
        .createActionItem.id;

    it('fires once when its moment has come', async () => {
      const dueDate = amsterdamDate(2);
      const itemId = await actionItem('Lijst van wachtende gezinnen aanleveren', dueDate);
      const [fired] = await waitFor('the reminder three days ahead', async () => ((await reminders(itemId)).length > 0 ? reminders(itemId) : null));
      expect(fired.message).toBe(`Herinnering: het actiepunt "Lijst van wachtende gezinnen aanleveren" moet over 2 dagen klaar zijn (${new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${dueDate}T12:00:00Z`))}).`);
      expect(fired.dedupe_key).toBe(`action-item-reminder-${itemId}-${dueDate}-D3`);

      // A second planning (the hourly sweep) and a retry of the same job change nothing.
      await (await meetings.add(JOBS.meetings.sweep, {})).waitUntilFinished(await queueEvents(), 20_000);
      await meetings.add(JOBS.meetings.actionItemReminder, { actionItemId: itemId, dueDate, reminder: 'D3' }, { jobId: `retry-${itemId}` });
      await waitFor('the retried reminder to finish', async () => (await meetings.getJob(`retry-${itemId}`))?.finishedOn);
      expect(await reminders(itemId)).toHaveLength(1);

      const mail = await waitFor('the reminder e-mail', async () => mailsTo(email('partner'), /Herinnering actiepunt/).find((body) => body.includes(itemId)));
      expect(mail).toMatch(/^Subject: \[Doorbraak\] Herinnering actiepunt: Herinnering: het actiepunt/m);
      expect(mail).toContain(`http://localhost:4200/actiepunten/${itemId}`);
    });

    it('is planned for the due day at 09:00 Amsterdam time', async () => {
      const dueDate = amsterdamDate(10);
      const itemId = await actionItem('Werkbezoek voorbereiden', dueDate);
      const job = await waitFor('the due-day reminder', () => meetings.getJob(`reminder-${itemId}-${dueDate}-D0`));
      expect(await job.getState()).toBe('delayed');
      const at = new Date(job.timestamp + (job.delay ?? 0));
      expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(at)).toBe(dueDate);
      expect(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(at)).toBe('09:00');
    });

    it('is rescheduled when the due date moves, and fires again for the new date', async () => {
      const dueDate = amsterdamDate(10);
      const itemId = await actionItem('Convenant ondertekenen', dueDate);
      await waitFor('the due-day reminder', () => meetings.getJob(`reminder-${itemId}-${dueDate}-D0`));
      const later = amsterdamDate(30);
      await as('director', UPDATE_ACTION, { id: itemId, input: { dueDate: later } });
      await waitFor('the old due-day reminder to go', async () => !(await meetings.getJob(`reminder-${itemId}-${dueDate}-D0`)));
      expect(await (await meetings.getJob(`reminder-${itemId}-${later}-D3`))?.getState()).toBe('delayed');
      expect(await (await meetings.getJob(`reminder-${itemId}-${later}-D0`))?.getState()).toBe('delayed');
      expect(await reminders(itemId)).toEqual([]);

      const tomorrow = amsterdamDate(1);
      await as('director', UPDATE_ACTION, { id: itemId, input: { dueDate: tomorrow } });
      expect(await meetings.getJob(`reminder-${itemId}-${later}-D3`)).toBeUndefined();
      const [fired] = await waitFor('the reminder for the new date', async () => ((await reminders(itemId)).length === 1 ? reminders(itemId) : null));
      expect(fired.dedupe_key).toBe(`action-item-reminder-${itemId}-${tomorrow}-D3`);
      expect(fired.message).toContain('moet morgen klaar zijn');
    });

    it('is withdrawn when the item is done', async () => {
      const tomorrow = amsterdamDate(1);
      const itemId = await actionItem('Bezettingsrooster delen', tomorrow);
      await waitFor('the reminder three days ahead', async () => (await reminders(itemId)).length === 1);
      expect(await meetings.getJob(`reminder-${itemId}-${tomorrow}-D0`)).toBeDefined();
      const { completeActionItem } = await as<{ completeActionItem: { status: string } }>('partner', COMPLETE_ACTION, { id: itemId });
      expect(completeActionItem.status).toBe('DONE');
      await waitFor('the due-day reminder to go', async () => !(await meetings.getJob(`reminder-${itemId}-${tomorrow}-D0`)));
      expect(await reminders(itemId)).toHaveLength(1);
    });

    it('lists overdue action items per alliance and per person', async () => {
      const { createActionItem } = await as<{ createActionItem: { id: string } }>('director', CREATE_ACTION, {
        input: { allianceId, description: 'Verlopen actiepunt', ownerId: people[email('partner')], dueDate: amsterdamDate(-3) },
      });
      type Rows = { actionItems: { edges: { node: { id: string; overdue: boolean } }[] } };
      const alliance = (await as<Rows>('director', ACTION_ITEMS, { filter: { allianceId, overdueOnly: true } })).actionItems.edges.map((edge) => edge.node);
      expect(alliance.map((row) => row.id)).toContain(createActionItem.id);
      expect(alliance.every((row) => row.overdue)).toBe(true);
      const own = (await as<Rows>('partner', ACTION_ITEMS, { filter: { mine: true, overdueOnly: true } })).actionItems.edges.map((edge) => edge.node);
      expect(own.map((row) => row.id)).toContain(createActionItem.id);
      const expected: { id: string }[] = await db.dataSource.query(
        `SELECT id FROM action_item WHERE owner_id = $1 AND status = 'OPEN' AND due_date < $2`,
        [people[email('partner')], amsterdamDate(0)],
      );
      expect(own.map((row) => row.id).sort()).toEqual(expected.map((row) => row.id).sort());
    });
  });

  describe('before an alliance meeting', () => {
    let made = 0;
    // An alliance meeting that many days ahead, with an agenda item about a new vastloper and an open
    // action item of the mayor's; the titles are the test's own, so briefings of other meetings differ.
    const allianceMeeting = async (daysAhead: number): Promise<{ meetingId: string; vastloperId: string; actionId: string; vastloper: string; action: string }> => {
      made += 1;
      const vastloper = `Schoolmaatschappelijk werk stopt in de zomer (${made})`;
      const action = `Overzicht zomerbezetting maken (${made})`;
      const vastloperId = (
        await as<{ createVastloper: { id: string } }>('director', CREATE_VASTLOPER, {
          input: { allianceId, title: vastloper, category: 'CAPACITEIT', actielijn: 'MEEDOEN' },
        })
      ).createVastloper.id;
      const { createMeeting } = await as<{ createMeeting: { id: string } }>('director', CREATE_MEETING, {
        input: { type: 'ALLIANTIE', allianceId, scheduledAt: new Date(Date.now() + daysAhead * DAY_MS).toISOString() },
      });
      await as('director', ADD_ITEM, { meetingId: createMeeting.id, input: { title: `Schoolmaatschappelijk werk (${made})`, kind: 'DISCUSSION', vastloperId } });
      const { createActionItem } = await as<{ createActionItem: { id: string } }>('director', CREATE_ACTION, {
        input: { allianceId, description: action, ownerId: people[email('burgemeester')], dueDate: amsterdamDate(40) },
      });
      return { meetingId: createMeeting.id, vastloperId, actionId: createActionItem.id, vastloper, action };
    };

    it('plans the status requests 7 and 3 days ahead and the briefing 3 days ahead', async () => {
      const { meetingId } = await allianceMeeting(20);
      const scheduledAt = (await db.dataSource.query(`SELECT scheduled_at FROM meeting WHERE id = $1`, [meetingId]))[0].scheduled_at as Date;
      const expectAt = async (jobId: string, daysBefore: number) => {
        const job = await waitFor(jobId, () => meetings.getJob(jobId));
        expect(await job.getState()).toBe('delayed');
        expect(Math.abs(job.timestamp + job.delay - (scheduledAt.getTime() - daysBefore * DAY_MS))).toBeLessThan(50);
      };
      await expectAt(`status-request-${meetingId}-1-${scheduledAt.getTime()}`, 7);
      await expectAt(`status-request-${meetingId}-2-${scheduledAt.getTime()}`, 3);
      await expectAt(`briefing-${meetingId}-${scheduledAt.getTime()}`, 3);
    });

    it('asks the owners for a progress note, marks "geen update", and clears it when they answer', async () => {
      const { meetingId, vastloperId, actionId, vastloper, action } = await allianceMeeting(20);
      // The meeting moves to five days ahead: the first request is due at once, the old jobs go.
      const { updateMeeting } = await as<{ updateMeeting: { scheduledAt: string } }>('director', UPDATE_MEETING, {
        id: meetingId,
        input: { scheduledAt: new Date(Date.now() + 5 * DAY_MS).toISOString() },
      });
      const requested = await waitFor('the first status request', async () => {
        const rows = await notificationsOf(people[email('programmadirecteur')], 'STATUS_REQUEST', 'AND meeting_id = $3', [meetingId]);
        return rows.length > 0 ? rows : null;
      });
      expect(requested).toHaveLength(1);
      expect(requested[0].message).toContain(`"${vastloper}"`);
      const mayorRequest = await notificationsOf(people[email('burgemeester')], 'STATUS_REQUEST', 'AND meeting_id = $3', [meetingId]);
      expect(mayorRequest[0].message).toContain(`"${action}"`);
      const movedAt = new Date(updateMeeting.scheduledAt).getTime();
      expect(await meetings.getJob(`status-request-${meetingId}-2-${movedAt}`)).toBeDefined();

      const before = await as<{ meeting: { statusRequestedAt: string; agenda: { title: string; noUpdate: boolean | null }[] } }>('director', AGENDA, { id: meetingId });
      expect(before.meeting.statusRequestedAt).not.toBeNull();
      expect(before.meeting.agenda.find((row) => row.title.startsWith('Schoolmaatschappelijk werk ('))?.noUpdate).toBe(true);
      const briefing = await as<{ meetingBriefing: { noUpdate: { title: string; source: string }[] } }>('mayor', BRIEFING_NO_UPDATE, { id: meetingId });
      expect(briefing.meetingBriefing.noUpdate).toEqual(
        expect.arrayContaining([
          { title: vastloper, source: 'AGENDA_ITEM' },
          { title: action, source: 'ACTION_ITEM' },
        ]),
      );
      const links = await as<{ meetingBriefing: { noUpdate: Record<string, string | null>[] } }>('mayor', BRIEFING_NO_UPDATE_LINKS, { id: meetingId });
      expect(links.meetingBriefing.noUpdate).toEqual(
        expect.arrayContaining([
          { title: vastloper, vastloperId, doorbraakId: null, actionItemId: null },
          { title: action, vastloperId: null, doorbraakId: null, actionItemId: actionId },
        ]),
      );

      type ActionView = {
        actionItem: {
          statusRequestedAt: string | null;
          noUpdate: boolean | null;
          viewerCan: { complete: boolean; reportProgress: boolean; manage: boolean };
          progressReports: { note: string; at: string; author: { name: string } | null }[];
        };
      };
      const asked = await as<ActionView>('mayor', ACTION_ITEM, { id: actionId });
      expect(asked.actionItem).toMatchObject({ statusRequestedAt: before.meeting.statusRequestedAt, noUpdate: true, progressReports: [] });
      expect(asked.actionItem.viewerCan).toEqual({ complete: true, reportProgress: true, manage: false });

      await as('director', ADD_PROGRESS, { itemId: vastloperId, text: 'De gemeente zoekt tijdelijke bezetting.' });
      await as('mayor', PROGRESS_ACTION, { id: actionId, note: 'Eerste opzet gemaakt.' });
      await as('mayor', PROGRESS_ACTION, { id: actionId, note: 'In concept klaar.' });
      await as('mayor', PROGRESS_ACTION, { id: actionId, note: 'In concept klaar.' });
      const answered = await as<ActionView>('director', ACTION_ITEM, { id: actionId });
      expect(answered.actionItem.noUpdate).toBe(false);
      expect(answered.actionItem.viewerCan).toEqual({ complete: true, reportProgress: true, manage: true });
      // Newest first, from the audit trail; a note repeated word for word is kept as a report of its own.
      expect(answered.actionItem.progressReports.map((report) => [report.note, report.author?.name])).toEqual([
        ['In concept klaar.', expect.any(String)],
        ['In concept klaar.', expect.any(String)],
        ['Eerste opzet gemaakt.', expect.any(String)],
      ]);
      const after = await as<{ meeting: { agenda: { title: string; noUpdate: boolean | null }[] } }>('director', AGENDA, { id: meetingId });
      expect(after.meeting.agenda.find((row) => row.title.startsWith('Schoolmaatschappelijk werk ('))?.noUpdate).toBe(false);
      const cleared = await as<{ meetingBriefing: { noUpdate: { title: string }[] } }>('mayor', BRIEFING_NO_UPDATE, { id: meetingId });
      expect(cleared.meetingBriefing.noUpdate.map((row) => row.title)).not.toEqual(
        expect.arrayContaining([vastloper, action]),
      );
    });

    it('prepares the briefing three days ahead and tells the chair, once', async () => {
      const { meetingId } = await allianceMeeting(20);
      const scheduledAt = (await db.dataSource.query(`SELECT scheduled_at FROM meeting WHERE id = $1`, [meetingId]))[0].scheduled_at as Date;
      const job = await waitFor('the briefing job', () => meetings.getJob(`briefing-${meetingId}-${scheduledAt.getTime()}`));
      await job.promote();
      const ready = await waitFor('the briefing notification', async () => {
        const rows = await notificationsOf(people[email('burgemeester')], 'BRIEFING_READY', 'AND meeting_id = $3', [meetingId]);
        return rows.length > 0 ? rows : null;
      });
      expect(ready[0].message).toContain('De briefing voor');
      const { meetingBriefing } = await as<{ meetingBriefing: { preparedAt: string | null } }>('mayor', BRIEFING_NO_UPDATE, { id: meetingId });
      expect(meetingBriefing.preparedAt).not.toBeNull();
      await meetings.add(JOBS.meetings.prepareBriefing, { meetingId, scheduledAt: scheduledAt.toISOString() }, { jobId: `again-${meetingId}` });
      await waitFor('the repeated job', async () => (await meetings.getJob(`again-${meetingId}`))?.finishedOn);
      expect(await notificationsOf(people[email('burgemeester')], 'BRIEFING_READY', 'AND meeting_id = $3', [meetingId])).toHaveLength(1);
      const mail = await waitFor('the briefing e-mail', async () => mailsTo(email('burgemeester'), /Subject: \[Doorbraak\] Briefing/).find((body) => body.includes(meetingId)));
      expect(mail).toContain(`http://localhost:4200/vergaderingen/${meetingId}/briefing`);
    });
  });

  describe('notification preferences', () => {
    it('send at once, keep for the daily digest, or only show in the app, per kind and person', async () => {
      const defaults = await as<{ notificationPreferences: { kind: string; delivery: string }[] }>('mayor', PREFERENCES);
      expect(defaults.notificationPreferences.find((row) => row.kind === 'AGENDA_PUBLISHED')?.delivery).toBe('IMMEDIATELY');
      await as('mayor', SET_PREFERENCE, { kind: 'AGENDA_PUBLISHED', delivery: 'DAILY_DIGEST' });
      await as('partner', SET_PREFERENCE, { kind: 'AGENDA_PUBLISHED', delivery: 'OFF' });
      const { createMeeting } = await as<{ createMeeting: { id: string } }>('director', CREATE_MEETING, {
        input: {
          type: 'BESTUURLIJK',
          allianceId,
          scheduledAt: new Date(Date.now() + 14 * DAY_MS).toISOString(),
          attendeePersonIds: [people[email('programmadirecteur')], people[email('burgemeester')], people[email('partner')]],
        },
      });
      await as('director', PUBLISH, { id: createMeeting.id });
      const states = async () =>
        (await db.dataSource.query(
          `SELECT p.email, n.email_state FROM notification n JOIN person p ON p.id = n.recipient_id
            WHERE n.meeting_id = $1 AND n.kind = 'AGENDA_PUBLISHED' ORDER BY p.email`,
          [createMeeting.id],
        )) as { email: string; email_state: string }[];
      await waitFor('all three handled', async () => (await states()).every((row) => row.email_state !== 'PENDING'));
      expect(Object.fromEntries((await states()).map((row) => [row.email, row.email_state]))).toEqual({
        [email('programmadirecteur')]: 'SENT',
        [email('burgemeester')]: 'IN_DIGEST',
        [email('partner')]: 'SKIPPED',
      });
      const directorMail = await waitFor('the director’s e-mail', async () => mailsTo(email('programmadirecteur'), /Subject: \[Doorbraak\] Agenda:/)[0]);
      expect(directorMail).toContain('Beste ');
      expect(directorMail).toContain(`http://localhost:4200/vergaderingen/${createMeeting.id}`);
      expect(mailsTo(email('burgemeester'), /Subject: \[Doorbraak\] Agenda:/)).toEqual([]);
      expect(mailsTo(email('partner'), /Subject: \[Doorbraak\] Agenda:/)).toEqual([]);

      await (await notificationsQueue.add(JOBS.notifications.dailyDigest, {})).waitUntilFinished(await queueEvents(QUEUES.notifications), 20_000);
      const digest = mailsTo(email('burgemeester'), /Subject: \[Doorbraak\] Dagelijkse samenvatting/);
      expect(digest).toHaveLength(1);
      expect(digest[0]).toContain('is gepubliceerd.');
      expect((await states()).find((row) => row.email === email('burgemeester'))?.email_state).toBe('DIGEST_SENT');

      // In the app the partner still sees it, and can mark it read.
      const inApp = await as<{ notifications: { edges: { node: { id: string; kind: string; link: string; meetingId: string } }[] }; unreadNotificationCount: number }>('partner', NOTIFICATIONS, {
        unreadOnly: true,
      });
      const published = inApp.notifications.edges.map((edge) => edge.node).find((row) => row.meetingId === createMeeting.id);
      expect(published).toEqual(expect.objectContaining({ kind: 'AGENDA_PUBLISHED', link: `/vergaderingen/${createMeeting.id}` }));
      await as('partner', MARK_READ, { id: published?.id });
      const after = await as<{ unreadNotificationCount: number }>('partner', NOTIFICATIONS, { unreadOnly: true });
      expect(after.unreadNotificationCount).toBe(inApp.unreadNotificationCount - 1);
      await as('partner', MARK_ALL);
      expect((await as<{ unreadNotificationCount: number }>('partner', NOTIFICATIONS, {})).unreadNotificationCount).toBe(0);
    });

    it('mail what the escalation ladder wrote, through the dispatcher', async () => {
      const [vastloper] = await db.dataSource.query(`SELECT id, title FROM vastloper WHERE alliance_id = $1 LIMIT 1`, [allianceId]);
      // Written as the ladder writes it, through its notifier port, which leaves the e-mail to the dispatcher.
      const notifier = api.get<EscalationNotifier>(ESCALATION_NOTIFIER);
      await api.get(DataSource).transaction((manager) =>
        notifier.notify(manager, {
          recipientIds: [people[email('burgemeester')]],
          kind: 'ESCALATED',
          dedupeKey: `escalated-test-${vastloper.id}`,
          message: `${vastloper.title}: Geëscaleerd naar de alliantietafel.`,
          vastloperId: vastloper.id,
          doorbraakId: null,
        }),
      );
      await (await notificationsQueue.add(JOBS.notifications.dispatch, {})).waitUntilFinished(await queueEvents(QUEUES.notifications), 20_000);
      const mail = await waitFor('the escalation e-mail', async () => mailsTo(email('burgemeester'), /Geëscaleerd naar de alliantietafel/)[0]);
      expect(mail).toMatch(/^Subject: \[Doorbraak\] Geëscaleerd: /m);
      expect(mail).toContain(`http://localhost:4200/vastlopers/${vastloper.id}`);
    });
  });

});
