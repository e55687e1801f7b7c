import { randomInt } from 'node:crypto';
import type { Action, MeetingStatus } from '@doorbraak/domain';
import { matrixAgendaItem } from './agenda-fixture';
import { authenticated, defineRules, policy, type Access, type CallContext, type Denial, type OperationRule, type Target } from '../operation-rules';

// The meeting cycle's operations. On the national level (target "national") the meeting is a
// doorbraakoverleg: read with national.read, run with national.manage (libs/domain meeting-access).
// Fixture meetings have no attendees and no items about vastlopers, so nobody sees a national one
// through the LINKED_ITEMS rule; each call makes the rows it acts on, so the roles never meet.

type Fixture = { ownerId: string };
type Context = CallContext<Fixture>;

const NATIONAL: Partial<Record<Action, Action>> = {
  'meeting.read': 'national.read',
  'briefing.read': 'national.read',
  'meeting.manage': 'national.manage',
  'agenda.draft': 'national.manage',
  'minutes.draft': 'national.manage',
  'actionItem.manage': 'national.manage',
};

const onMeeting = (action: Action): Access => policy((target: Target) => (target === 'national' ? (NATIONAL[action] ?? action) : action));
const readable = (target: Target): Denial => ({ notFoundUnless: target === 'national' ? 'national.read' : 'meeting.read' });
const ALL: readonly Target[] = ['own', 'other', 'national'];

const allianceOf = ({ alliances, target }: Context): string | null => (target === 'national' ? null : alliances[target === 'other' ? 'other' : 'own'].id);

// Dates far in the past or future, each call its own, so "the next meeting" of one call is never another's.
const uniqueDate = (year: number): Date => new Date(Date.UTC(year, 0, 1) + randomInt(0, 300 * 24) * 3_600_000);

const insertMeeting = async (context: Context, status: MeetingStatus, scheduledAt: Date = uniqueDate(2031)): Promise<string> => {
  const allianceId = allianceOf(context);
  const [row]: { id: string }[] = await context.db.query(
    `INSERT INTO meeting (type, alliance_id, title, scheduled_at, status) VALUES ($1, $2, 'Matrix-vergadering', $3, $4) RETURNING id`,
    [allianceId === null ? 'DOORBRAAKOVERLEG' : 'BESTUURLIJK', allianceId, scheduledAt, status],
  );
  return row.id;
};

// An agenda item of the meeting (the meetings context writes it), at the end of its agenda.
const insertAgendaItem = (context: Context, meetingId: string): Promise<string> => matrixAgendaItem(context.app, context.db, meetingId, 'Matrix-punt');

const insertActionItem = async (context: Context, ownerId: string = context.fixture.ownerId): Promise<string> => {
  const [row]: { id: string }[] = await context.db.query(
    `INSERT INTO action_item (alliance_id, description, owner_id, due_date) VALUES ($1, 'Matrix-actiepunt', $2, current_date + 30) RETURNING id`,
    [allianceOf(context), ownerId],
  );
  return row.id;
};

// A vastloper of the target's alliance (the own one for "national"), for rows linked to it.
const insertVastloper = async (context: Context, confidential: boolean): Promise<string> => {
  const [row]: { id: string }[] = await context.db.query(
    `INSERT INTO vastloper (alliance_id, title, category, actielijn, owner_id, reporter_id, rung_entered_at, last_progress_at,
                            next_escalation_at, status, rung, confidential)
     VALUES ($1, 'Matrix-vastloper', 'OVERIG', 'MEEDOEN', $2, $2, now(), now(), now() + interval '30 days', 'OPEN', 'DOORBRAAKOVERLEG', $3)
     RETURNING id`,
    [context.alliances[context.target === 'other' ? 'other' : 'own'].id, context.fixture.ownerId, confidential],
  );
  return row.id;
};

// A doorbraakoverleg about a vastloper of the target alliance: one agenda item about it and one
// unlinked item. Both titles carry the alliance, so a list's rows can be told apart by alliance.
const insertNationalMeeting = async (context: Context, confidential: boolean): Promise<{ meetingId: string; window: Record<string, string> }> => {
  const allianceId = context.alliances[context.target === 'other' ? 'other' : 'own'].id;
  const scheduledAt = uniqueDate(2033);
  const [row]: { id: string }[] = await context.db.query(
    `INSERT INTO meeting (type, alliance_id, title, scheduled_at, status) VALUES ('DOORBRAAKOVERLEG', NULL, 'Matrix-doorbraakoverleg', $1, 'DRAFT') RETURNING id`,
    [scheduledAt],
  );
  await matrixAgendaItem(context.app, context.db, row.id, `${LINKED} ${allianceId}`, await insertVastloper(context, confidential));
  await matrixAgendaItem(context.app, context.db, row.id, `${UNLINKED} ${allianceId}`);
  return { meetingId: row.id, window: windowAround(scheduledAt) };
};

const windowAround = (at: Date): Record<string, string> => ({
  from: new Date(at.getTime() - 60_000).toISOString(),
  to: new Date(at.getTime() + 60_000).toISOString(),
});

const LINKED = 'Matrix-gekoppeld';
const UNLINKED = 'Matrix-ongekoppeld';

// The rows of a paged list (one page is enough here).
const nodesOf = <T>(data: Record<string, unknown>, field: string): T[] => (data[field] as { edges: { node: T }[] }).edges.map((edge) => edge.node);

// The alliances named in the titles of the agenda rows returned that start with `prefix`.
const titledRows = (prefix: string) => (data: Record<string, unknown>): string[] =>
  nodesOf<{ agenda: { title: string }[] }>(data, 'meetings').flatMap((meeting) =>
    meeting.agenda.filter((item) => item.title.startsWith(`${prefix} `)).map((item) => item.title.slice(prefix.length + 1)),
  );

// A mutation or query on one meeting (made by `prepare`): NOT_FOUND for who may not see it.
const meetingRule = (
  name: string,
  action: Action,
  query: string,
  prepare: (context: Context) => Promise<Record<string, unknown>>,
  targets: readonly Target[] = ALL,
): OperationRule<Fixture> => ({
  name,
  operation: `${query.startsWith('query') ? 'Query' : 'Mutation'}.${name}`,
  access: onMeeting(action),
  targets,
  denied: readable,
  call: async (context) => ({ query, variables: await prepare(context) }),
});

const actionItemRule = (name: string, query: string): OperationRule<Fixture> => ({
  name,
  operation: `Mutation.${name}`,
  access: policy('actionItem.manage'),
  targets: ['own', 'other'],
  denied: { notFoundUnless: 'meeting.read' },
  call: async (context) => ({ query, variables: { id: await insertActionItem(context) } }),
});

// The owner of an action item completes it and reports progress with actionItem.updateOwn in its
// alliance; a manager may too. The caller owns the item (anonymous callers have none). Owning it does
// not open an alliance whose meetings the caller may not read: such an owner (appointed before owners
// were checked, or who left the alliance) gets NOT_FOUND, like everyone else there.
const ownActionItemRule = (name: string, query: string): OperationRule<Fixture> => ({
  name: `${name} (the caller's own action item)`,
  operation: `Mutation.${name}`,
  access: policy('actionItem.updateOwn', 'actionItem.manage'),
  targets: ['own', 'other'],
  denied: { notFoundUnless: 'meeting.read' },
  call: async (context) => ({ query, variables: { id: await insertActionItem(context, context.person?.id) } }),
});

const meetingInput = (context: Context) => ({
  type: context.target === 'national' ? 'DOORBRAAKOVERLEG' : 'BESTUURLIJK',
  allianceId: allianceOf(context),
  scheduledAt: uniqueDate(2032).toISOString(),
});

export const RULES = defineRules<Fixture>({
  feature: 'meetings',
  // Action items belong to someone who is none of the matrix roles, so only managing them is tested. An
  // owner must see the alliance's meetings: this one is a partner member of both alliances.
  prepare: async (setup) => {
    const [row]: { id: string }[] = await setup.db.query(
      `INSERT INTO person (email, name) VALUES ('eigenaar@matrix.doorbraak.nl', 'Eigenaar Matrix') RETURNING id`,
    );
    await setup.db.query(`INSERT INTO membership (person_id, alliance_id, role) SELECT $1, unnest($2::uuid[]), 'PARTNER_MEMBER'`, [
      row.id,
      [setup.alliances.own.id, setup.alliances.other.id],
    ]);
    return { ownerId: row.id };
  },
  rules: [
    {
      name: 'meetings',
      operation: 'Query.meetings',
      access: policy('meeting.read'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: async (context) => {
        // Without a date filter the list starts now: an upcoming meeting of the target alliance.
        await insertMeeting(context, 'DRAFT');
        return {
          query: 'query ($id: ID!) { meetings(first: 100, filter: { allianceId: $id }) { edges { node { id alliance { id } agenda { id } } } } }',
          variables: { id: allianceOf(context) },
        };
      },
      rowAlliances: (data) => nodesOf<{ alliance: { id: string } }>(data, 'meetings').map((row) => row.alliance.id),
    },
    {
      name: 'meetingPlanning',
      operation: 'Query.meetingPlanning',
      access: policy('meeting.manage'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: () => ({ query: '{ meetingPlanning { allianceId types } }' }),
      rowAlliances: (data) => (data['meetingPlanning'] as { allianceId: string | null }[]).flatMap((row) => row.allianceId ?? []),
    },
    meetingRule('meeting', 'meeting.read', 'query ($id: ID!) { meeting(id: $id) { id agenda { id } decisions { id } attendees { id } } }', async (context) => ({
      id: await insertMeeting(context, 'DRAFT'),
    })),
    meetingRule('meetingSeries', 'meeting.read', 'query ($id: ID!) { meetingSeries(id: $id) { id meetings { edges { node { id } } } } }', async (context) => {
      const allianceId = allianceOf(context);
      const [row]: { id: string }[] = await context.db.query(
        `INSERT INTO meeting_series (alliance_id, type, title, first_at, interval_weeks, duration_minutes)
         VALUES ($1, $2, 'Matrix-reeks', now(), 6, 120) RETURNING id`,
        [allianceId, allianceId === null ? 'DOORBRAAKOVERLEG' : 'BESTUURLIJK'],
      );
      return { id: row.id };
    }),
    meetingRule(
      'meetingBriefing',
      'briefing.read',
      'query ($id: ID!) { meetingBriefing(meetingId: $id) { meeting { id } newVastlopers { id } figures { actielijn } } }',
      async (context) => ({ id: await insertMeeting(context, 'DRAFT') }),
      // A briefing exists for alliance meetings only (a doorbraakoverleg answers BAD_USER_INPUT once access is granted).
      ['own', 'other'],
    ),
    {
      name: 'decisionRegister',
      operation: 'Query.decisionRegister',
      access: policy('meeting.read'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: async (context) => {
        const meetingId = await insertMeeting(context, 'HELD');
        await context.db.query(`INSERT INTO decision (meeting_id, text) VALUES ($1, 'Matrix-besluit')`, [meetingId]);
        return {
          query: 'query ($id: ID!) { decisionRegister(first: 100, filter: { allianceId: $id }) { edges { node { id alliance { id } } } } }',
          variables: { id: allianceOf(context) },
        };
      },
      rowAlliances: (data) => nodesOf<{ alliance: { id: string } }>(data, 'decisionRegister').map((row) => row.alliance.id),
    },
    {
      name: 'actionItems',
      operation: 'Query.actionItems',
      access: policy('meeting.read'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: async (context) => {
        await insertActionItem(context);
        return { query: 'query ($id: ID!) { actionItems(first: 100, filter: { allianceId: $id }) { edges { node { id alliance { id } } } } }', variables: { id: allianceOf(context) } };
      },
      rowAlliances: (data) => nodesOf<{ alliance: { id: string } }>(data, 'actionItems').map((row) => row.alliance.id),
    },
    {
      name: 'actionItem',
      operation: 'Query.actionItem',
      access: policy('meeting.read'),
      targets: ['own', 'other'],
      denied: 'NOT_FOUND',
      call: async (context) => ({
        query: 'query ($id: ID!) { actionItem(id: $id) { id statusRequestedAt noUpdate progressReports { id } viewerCan { complete } } }',
        variables: { id: await insertActionItem(context) },
      }),
    },
    {
      // An alliance meeting's agenda leaves out items about confidential vastlopers for who may not read them.
      name: 'meetings { agenda } (confidential vastloper)',
      operation: 'Query.meetings',
      access: policy('item.readConfidential'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: async (context) => {
        const scheduledAt = uniqueDate(2034);
        const meetingId = await insertMeeting(context, 'DRAFT', scheduledAt);
        await matrixAgendaItem(context.app, context.db, meetingId, `${LINKED} ${allianceOf(context)}`, await insertVastloper(context, true));
        return {
          query: 'query ($filter: MeetingFilter) { meetings(first: 100, filter: $filter) { edges { node { id alliance { id } agenda { title } } } } }',
          variables: { filter: { allianceId: allianceOf(context), ...windowAround(scheduledAt) } },
        };
      },
      rowAlliances: titledRows(LINKED),
    },
    {
      // The doorbraakoverleg is seen by who may read a vastloper on its agenda (LINKED_ITEMS), and by national readers.
      name: 'meeting (doorbraakoverleg, through a vastloper on its agenda)',
      operation: 'Query.meeting',
      access: policy('item.read'),
      targets: ['own', 'other'],
      denied: 'NOT_FOUND',
      call: async (context) => ({
        query: 'query ($id: ID!) { meeting(id: $id) { id agenda { title } } }',
        variables: { id: (await insertNationalMeeting(context, false)).meetingId },
      }),
    },
    {
      name: 'meeting (doorbraakoverleg, through a confidential vastloper on its agenda)',
      operation: 'Query.meeting',
      access: policy('item.readConfidential'),
      targets: ['own', 'other'],
      denied: 'NOT_FOUND',
      call: async (context) => ({
        query: 'query ($id: ID!) { meeting(id: $id) { id agenda { title } } }',
        variables: { id: (await insertNationalMeeting(context, true)).meetingId },
      }),
    },
    {
      // Whoever is invited to the doorbraakoverleg (a rijksvertegenwoordiger presenting an item) sees it.
      name: 'meeting (doorbraakoverleg, as an invited attendee)',
      operation: 'Query.meeting',
      access: authenticated,
      targets: ['national'],
      call: async (context) => {
        const meetingId = await insertMeeting(context, 'DRAFT');
        if (context.person) {
          await context.db.query(`INSERT INTO meeting_attendee (meeting_id, person_id) VALUES ($1, $2)`, [meetingId, context.person.id]);
        }
        return { query: 'query ($id: ID!) { meeting(id: $id) { id agenda { title } } }', variables: { id: meetingId } };
      },
    },
    {
      name: 'meetings { agenda } (doorbraakoverleg, the item about a vastloper)',
      operation: 'Query.meetings',
      access: policy('item.read'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: async (context) => {
        const { window } = await insertNationalMeeting(context, false);
        return {
          query: 'query ($filter: MeetingFilter) { meetings(first: 100, filter: $filter) { edges { node { id alliance { id } agenda { title } } } } }',
          variables: { filter: { type: 'DOORBRAAKOVERLEG', ...window } },
        };
      },
      rowAlliances: titledRows(LINKED),
    },
    {
      // Who sees the doorbraakoverleg only through a vastloper does not see the rest of its agenda.
      name: 'meetings { agenda } (doorbraakoverleg, the unlinked items)',
      operation: 'Query.meetings',
      access: policy('national.read'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: async (context) => {
        const { window } = await insertNationalMeeting(context, false);
        return {
          query: 'query ($filter: MeetingFilter) { meetings(first: 100, filter: $filter) { edges { node { id alliance { id } agenda { title } } } } }',
          variables: { filter: { type: 'DOORBRAAKOVERLEG', ...window } },
        };
      },
      rowAlliances: titledRows(UNLINKED),
    },
    {
      name: 'decisionRegister (confidential vastloper)',
      operation: 'Query.decisionRegister',
      access: policy('item.readConfidential'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: async (context) => {
        const vastloperId = await insertVastloper(context, true);
        const meetingId = await insertMeeting(context, 'HELD', uniqueDate(2001));
        await context.db.query(`INSERT INTO decision (meeting_id, text, vastloper_id) VALUES ($1, 'Matrix-besluit', $2)`, [meetingId, vastloperId]);
        return {
          query: 'query ($id: ID!) { decisionRegister(first: 100, filter: { vastloperId: $id }) { edges { node { id item { allianceId } } } } }',
          variables: { id: vastloperId },
        };
      },
      rowAlliances: (data) => nodesOf<{ item: { allianceId: string } | null }>(data, 'decisionRegister').map((row) => row.item?.allianceId ?? 'no item'),
    },
    {
      // A decision of the doorbraakoverleg about a vastloper is in the register of who may read the vastloper.
      name: 'decisionRegister (doorbraakoverleg decision on a vastloper)',
      operation: 'Query.decisionRegister',
      access: policy('item.read'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: async (context) => {
        const vastloperId = await insertVastloper(context, false);
        const [meeting]: { id: string }[] = await context.db.query(
          `INSERT INTO meeting (type, alliance_id, title, scheduled_at, status) VALUES ('DOORBRAAKOVERLEG', NULL, 'Matrix-doorbraakoverleg', $1, 'HELD') RETURNING id`,
          [uniqueDate(2002)],
        );
        await context.db.query(`INSERT INTO decision (meeting_id, text, vastloper_id) VALUES ($1, 'Matrix-besluit', $2)`, [meeting.id, vastloperId]);
        return {
          query: 'query ($id: ID!) { decisionRegister(first: 100, filter: { vastloperId: $id }) { edges { node { id item { allianceId } } } } }',
          variables: { id: vastloperId },
        };
      },
      rowAlliances: (data) => nodesOf<{ item: { allianceId: string } | null }>(data, 'decisionRegister').map((row) => row.item?.allianceId ?? 'no item'),
    },
    {
      name: 'createMeeting',
      operation: 'Mutation.createMeeting',
      access: onMeeting('meeting.manage'),
      targets: ALL,
      denied: (target) => (target === 'national' ? 'FORBIDDEN' : { notFoundUnless: 'alliance.read' }),
      call: (context) => ({
        query: 'mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
        variables: { input: meetingInput(context) },
      }),
    },
    {
      name: 'createMeetingSeries',
      operation: 'Mutation.createMeetingSeries',
      access: onMeeting('meeting.manage'),
      targets: ALL,
      denied: (target) => (target === 'national' ? 'FORBIDDEN' : { notFoundUnless: 'alliance.read' }),
      call: (context) => {
        const input = meetingInput(context);
        return {
          query: 'mutation ($input: CreateMeetingSeriesInput!) { createMeetingSeries(input: $input) { id } }',
          variables: { input: { ...input, intervalWeeks: 6, until: input.scheduledAt.slice(0, 10) } },
        };
      },
    },
    meetingRule('updateMeeting', 'meeting.manage', 'mutation ($id: ID!) { updateMeeting(id: $id, input: { title: "Nieuw" }) { id } }', async (context) => ({
      id: await insertMeeting(context, 'DRAFT'),
    })),
    meetingRule(
      'setMeetingAttendees',
      'meeting.manage',
      'mutation ($id: ID!) { setMeetingAttendees(meetingId: $id, personIds: []) { id } }',
      async (context) => ({ id: await insertMeeting(context, 'DRAFT') }),
    ),
    meetingRule('publishAgenda', 'meeting.manage', 'mutation ($id: ID!) { publishAgenda(meetingId: $id) { id } }', async (context) => ({
      id: await insertMeeting(context, 'DRAFT'),
    })),
    meetingRule('cancelMeeting', 'meeting.manage', 'mutation ($id: ID!) { cancelMeeting(meetingId: $id) { id } }', async (context) => ({
      id: await insertMeeting(context, 'DRAFT'),
    })),
    meetingRule('markMeetingHeld', 'minutes.draft', 'mutation ($id: ID!) { markMeetingHeld(meetingId: $id) { id } }', async (context) => ({
      id: await insertMeeting(context, 'DRAFT', uniqueDate(2001)),
    })),
    meetingRule(
      'recordAttendance',
      'minutes.draft',
      'mutation ($id: ID!) { recordAttendance(meetingId: $id, attendance: []) { id } }',
      async (context) => ({ id: await insertMeeting(context, 'HELD', uniqueDate(2001)) }),
    ),
    meetingRule('updateMinutes', 'minutes.draft', 'mutation ($id: ID!) { updateMinutes(meetingId: $id, minutes: "Notulen") { id } }', async (context) => ({
      id: await insertMeeting(context, 'HELD', uniqueDate(2001)),
    })),
    // The national coordinator approves minutes and records decisions on the doorbraakoverleg only
    // (target "national"); on an alliance meeting ("own", "other") the policy refuses them, as it does
    // every role but the chair (minutes) and the chair and programme director (decisions).
    meetingRule('approveMinutes', 'minutes.approve', 'mutation ($id: ID!) { approveMinutes(meetingId: $id) { id } }', async (context) => ({
      id: await insertMeeting(context, 'HELD', uniqueDate(2001)),
    })),
    meetingRule(
      'addAgendaItem',
      'agenda.draft',
      'mutation ($id: ID!) { addAgendaItem(meetingId: $id, input: { title: "Punt", kind: INFORMATION }) { id } }',
      async (context) => ({ id: await insertMeeting(context, 'DRAFT') }),
    ),
    meetingRule(
      'updateAgendaItem',
      'agenda.draft',
      'mutation ($id: ID!) { updateAgendaItem(id: $id, input: { title: "Nieuw" }) { id } }',
      async (context) => ({ id: await insertAgendaItem(context, await insertMeeting(context, 'DRAFT')) }),
    ),
    meetingRule('removeAgendaItem', 'agenda.draft', 'mutation ($id: ID!) { removeAgendaItem(id: $id) { id } }', async (context) => ({
      id: await insertAgendaItem(context, await insertMeeting(context, 'DRAFT')),
    })),
    meetingRule('moveAgendaItem', 'agenda.draft', 'mutation ($id: ID!) { moveAgendaItem(id: $id, position: 2) { id } }', async (context) => {
      const meetingId = await insertMeeting(context, 'DRAFT');
      const id = await insertAgendaItem(context, meetingId);
      await insertAgendaItem(context, meetingId);
      return { id };
    }),
    meetingRule('carryOverAgendaItem', 'agenda.draft', 'mutation ($id: ID!) { carryOverAgendaItem(id: $id) { id } }', async (context) => {
      const heldAt = uniqueDate(2002);
      const id = await insertAgendaItem(context, await insertMeeting(context, 'HELD', heldAt));
      await insertMeeting(context, 'DRAFT', new Date(heldAt.getTime() + 60_000));
      return { id };
    }),
    meetingRule(
      'recordAgendaMinute',
      'minutes.draft',
      'mutation ($id: ID!) { recordAgendaMinute(agendaItemId: $id, minute: "Besproken") { id } }',
      async (context) => ({ id: await insertAgendaItem(context, await insertMeeting(context, 'HELD', uniqueDate(2001))) }),
    ),
    meetingRule(
      'recordDecision',
      'decision.record',
      'mutation ($id: ID!) { recordDecision(input: { meetingId: $id, text: "Besloten" }) { id } }',
      async (context) => ({ id: await insertMeeting(context, 'HELD', uniqueDate(2001)) }),
    ),
    meetingRule('updateDecision', 'decision.record', 'mutation ($id: ID!) { updateDecision(id: $id, input: { text: "Anders besloten" }) { id } }', async (context) => {
      const meetingId = await insertMeeting(context, 'HELD', uniqueDate(2001));
      const [row]: { id: string }[] = await context.db.query(`INSERT INTO decision (meeting_id, text) VALUES ($1, 'Besloten') RETURNING id`, [meetingId]);
      return { id: row.id };
    }),
    {
      name: 'createActionItem',
      operation: 'Mutation.createActionItem',
      access: policy('actionItem.manage'),
      targets: ['own', 'other'],
      denied: { notFoundUnless: 'alliance.read' },
      call: (context) => ({
        query: 'mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }',
        variables: { input: { allianceId: allianceOf(context), description: 'Actie', ownerId: context.fixture.ownerId, dueDate: '2031-06-01' } },
      }),
    },
    actionItemRule('updateActionItem', 'mutation ($id: ID!) { updateActionItem(id: $id, input: { description: "Anders" }) { id } }'),
    actionItemRule('completeActionItem', 'mutation ($id: ID!) { completeActionItem(id: $id) { id } }'),
    actionItemRule('cancelActionItem', 'mutation ($id: ID!) { cancelActionItem(id: $id) { id } }'),
    actionItemRule('reportActionItemProgress', 'mutation ($id: ID!) { reportActionItemProgress(id: $id, note: "Loopt") { id } }'),
    ownActionItemRule('completeActionItem', 'mutation ($id: ID!) { completeActionItem(id: $id) { id } }'),
    ownActionItemRule('reportActionItemProgress', 'mutation ($id: ID!) { reportActionItemProgress(id: $id, note: "Loopt") { id } }'),
    {
      name: 'calendarFeed',
      operation: 'Query.calendarFeed',
      access: authenticated,
      targets: ['national'],
      call: () => ({ query: '{ calendarFeed { active } }' }),
    },
    {
      name: 'createCalendarFeed',
      operation: 'Mutation.createCalendarFeed',
      access: authenticated,
      targets: ['national'],
      sequential: true,
      call: () => ({ query: 'mutation { createCalendarFeed { active path } }' }),
    },
    {
      name: 'revokeCalendarFeed',
      operation: 'Mutation.revokeCalendarFeed',
      access: authenticated,
      targets: ['national'],
      call: () => ({ query: 'mutation { revokeCalendarFeed }' }),
    },
  ],
});
