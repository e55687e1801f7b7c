import { apiCall } from './web-client';

// Set-up through the API for the register and briefing specs: a vastloper, meetings, decisions and
// action items of the signed-in person's alliance.

const DAY_MS = 86_400_000;

/** An ISO date (YYYY-MM-DD) `days` from today in Amsterdam. */
export const isoDay = (days: number): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + days * DAY_MS));

export type Viewer = { personId: string; allianceId: string; allianceName: string };

export const viewerOf = async (email: string): Promise<Viewer> => {
  const { me } = await apiCall<{ me: { id: string; memberships: { allianceId: string | null }[] } }>(
    '{ me { id memberships { allianceId } } }',
    {},
    email,
  );
  const allianceId = me.memberships.find((membership) => membership.allianceId)?.allianceId ?? '';
  const { alliance } = await apiCall<{ alliance: { name: string } }>('query ($id: ID!) { alliance(id: $id) { name } }', { id: allianceId }, email);
  return { personId: me.id, allianceId, allianceName: alliance.name };
};

export const createVastloper = async (email: string, allianceId: string, title: string): Promise<string> =>
  (
    await apiCall<{ createVastloper: { id: string } }>(
      'mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }',
      { input: { allianceId, title, category: 'HUISVESTING', actielijn: 'MEEDOEN' } },
      email,
    )
  ).createVastloper.id;

/** A meeting `days` from now (negative: in the past), a few minutes off the hour so no two runs meet. */
export const createMeeting = async (email: string, input: { allianceId: string; type: string; title: string; days: number }): Promise<string> => {
  const scheduledAt = new Date(Date.now() + input.days * DAY_MS + (Date.now() % 97) * 60_000);
  return (
    await apiCall<{ createMeeting: { id: string } }>(
      'mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      { input: { allianceId: input.allianceId, type: input.type, title: input.title, scheduledAt: scheduledAt.toISOString() } },
      email,
    )
  ).createMeeting.id;
};

export const addAgendaItem = async (email: string, meetingId: string, input: { title: string; kind: string; vastloperId?: string }): Promise<string> =>
  (
    await apiCall<{ addAgendaItem: { id: string } }>(
      'mutation ($meetingId: ID!, $input: AddAgendaItemInput!) { addAgendaItem(meetingId: $meetingId, input: $input) { id } }',
      { meetingId, input },
      email,
    )
  ).addAgendaItem.id;

export const publishAgenda = (email: string, meetingId: string): Promise<unknown> =>
  apiCall('mutation ($id: ID!) { publishAgenda(meetingId: $id) { status } }', { id: meetingId }, email);

export const recordDecision = async (email: string, input: Record<string, unknown>): Promise<string> =>
  (await apiCall<{ recordDecision: { id: string } }>('mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }', { input }, email))
    .recordDecision.id;

export const createActionItem = async (email: string, input: Record<string, unknown>): Promise<string> =>
  (
    await apiCall<{ createActionItem: { id: string } }>(
      'mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }',
      { input },
      email,
    )
  ).createActionItem.id;

/** Waits until the worker has sent the status request of an alliance meeting (due at once within 7 days). */
export const waitForStatusRequest = async (email: string, meetingId: string, timeoutMs = 30_000): Promise<string> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { meeting } = await apiCall<{ meeting: { statusRequestedAt: string | null } }>(
      'query ($id: ID!) { meeting(id: $id) { statusRequestedAt } }',
      { id: meetingId },
      email,
    );
    if (meeting.statusRequestedAt) return meeting.statusRequestedAt;
    if (Date.now() > deadline) throw new Error(`no status request for meeting ${meetingId} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
};
