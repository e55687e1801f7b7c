// Clients that use the API as the three user roles do, each signed in through the real sign-in mutation as a
// seeded demo account: the programme director (agenda, meetings and the vastlopers list, progress updates),
// the rijksvertegenwoordiger (logs a vastloper, reads its detail) and the mayor (the meeting briefing).
import { DEMO_PASSWORD } from '@doorbraak/server-seed';
import { delay, query } from '../bench/bench-support';
import { graphql, type Answer, type Recorder } from './client';

type Role = 'director' | 'rijksvertegenwoordiger' | 'mayor';
const ROLES: readonly Role[] = ['director', 'rijksvertegenwoordiger', 'mayor'];
const EMAIL_PREFIX: Record<Role, string> = { director: 'programmadirecteur', rijksvertegenwoordiger: 'rijksvertegenwoordiger', mayor: 'burgemeester' };

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';
const VASTLOPERS = `query ($filter: VastloperFilter, $first: Int) { vastlopers(filter: $filter, first: $first) {
  totalCount edges { node { id title status rung stalled nextEscalationAt alliance { id name } } } } }`;
const MEETINGS = `query ($filter: MeetingFilter) { meetings(filter: $filter, first: 10) { totalCount edges { node { id title type status scheduledAt } } } }`;
const AGENDA = `query ($id: ID!) { meeting(id: $id) { id title status agenda { id position title kind minutesAllotted item { title } } agendaTime { totalMinutes } } }`;
const ADD_PROGRESS = 'mutation ($itemId: ID!, $text: String!) { addProgress(itemId: $itemId, text: $text) { id at } }';
const CREATE_VASTLOPER = 'mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id status rung } }';
const DETAIL = `query ($id: ID!) { vastloper(id: $id) { id title description status rung category actielijn lastProgressAt
  owner { name } reporter { name } progressUpdates { edges { node { id text at } } } timeline { edges { node { fromRung toRung cause at } } } } }`;
const BRIEFING = `query ($id: ID!) { meetingBriefing(meetingId: $id) {
  meeting { id scheduledAt } alliance { name } from to newVastlopers { id title rung } escalated { item { id title } fromRung toRung cause at }
  stalledAtTop { id title } doorbrakenAchieved { id title } overdueActionItems { id description dueDate }
  figures { actielijn openVastlopers newVastlopers resolvedVastlopers escalated } } }`;

export type RoleClient = {
  readonly role: Role;
  readonly email: string;
  readonly allianceId: string;
  token: string;
  openItems: string[];
  meetings: string[];
  briefings: string[];
  created: string[];
  serial: number;
};

const pick = <T>(values: readonly T[]): T | undefined => values[Math.floor(Math.random() * values.length)];

const nodes = (answer: Answer, field: string): { id: string }[] => {
  const connection = answer.body?.data?.[field] as { edges?: { node: { id: string } }[] } | undefined;
  return connection?.edges?.map((edge) => edge.node) ?? [];
};

// Sign-ins at a time: a password hash is costly.
const SIGNING_IN = 6;

// Signs in `count` clients, the roles in turn over the 20 areas, a few at a time.
export const signInClients = async (baseUrl: string, ownerUrl: string, count: number, recorder: Recorder): Promise<RoleClient[]> => {
  const areas = await query<{ slug: string; alliance_id: string }>(
    ownerUrl,
    `SELECT f.slug, a.id AS alliance_id FROM alliance a JOIN focus_area f ON f.id = a.focus_area_id ORDER BY f.display_order, f.slug`,
  );
  const plan = Array.from({ length: count }, (_, index) => {
    const role = ROLES[index % ROLES.length];
    const area = areas[Math.floor(index / ROLES.length) % areas.length];
    return { role, email: `${EMAIL_PREFIX[role]}.${area.slug}@demo.doorbraak.nl`, allianceId: area.alliance_id };
  });
  const clients: RoleClient[] = [];
  for (let first = 0; first < plan.length; first += SIGNING_IN) {
    clients.push(
      ...(await Promise.all(
        plan.slice(first, first + SIGNING_IN).map(async (client) => {
          const answer = recorder.record(`${client.role} sign-in`, await graphql(baseUrl, LOGIN, { email: client.email, password: DEMO_PASSWORD }));
          const token = (answer.body?.data?.['login'] as { accessToken?: string } | undefined)?.accessToken;
          if (!token) {
            throw new Error(`sign-in as ${client.email} failed: ${answer.status} ${answer.text.slice(0, 300)}`);
          }
          return { ...client, token, openItems: [], meetings: [], briefings: [], created: [], serial: 0 };
        }),
      )),
    );
  }
  return clients;
};

type Action = { readonly weight: number; readonly run: (baseUrl: string, client: RoleClient, recorder: Recorder) => Promise<void> };

const call = async (recorder: Recorder, what: string, baseUrl: string, client: RoleClient, document: string, variables: Record<string, unknown>): Promise<Answer> =>
  recorder.record(`${client.role} ${what}`, await graphql(baseUrl, document, variables, client.token));

const listOpenItems: Action['run'] = async (baseUrl, client, recorder) => {
  const answer = await call(recorder, 'vastlopers', baseUrl, client, VASTLOPERS, {
    filter: { allianceId: client.allianceId, statuses: ['OPEN', 'IN_BEHANDELING'] },
    first: 20,
  });
  const items = nodes(answer, 'vastlopers').map((node) => node.id);
  if (items.length > 0) client.openItems = items;
};

const listMeetings: Action['run'] = async (baseUrl, client, recorder) => {
  const answer = await call(recorder, 'meetings', baseUrl, client, MEETINGS, { filter: { allianceId: client.allianceId } });
  const meetings = nodes(answer, 'meetings') as { id: string; type?: string; status?: string }[];
  if (meetings.length > 0) {
    client.meetings = meetings.map((meeting) => meeting.id);
    client.briefings = meetings.filter((meeting) => meeting.type === 'ALLIANTIE' && meeting.status !== 'CANCELLED').map((meeting) => meeting.id);
  }
};

const readAgenda: Action['run'] = async (baseUrl, client, recorder) => {
  const meeting = pick(client.meetings);
  if (!meeting) return listMeetings(baseUrl, client, recorder);
  await call(recorder, 'agenda', baseUrl, client, AGENDA, { id: meeting });
};

const addProgress: Action['run'] = async (baseUrl, client, recorder) => {
  const item = pick(client.openItems);
  if (!item) return listOpenItems(baseUrl, client, recorder);
  client.serial += 1;
  const answer = await call(recorder, 'addProgress', baseUrl, client, ADD_PROGRESS, {
    itemId: item,
    text: `Gesproken met de partners over de voortgang (${client.serial}).`,
  });
  const id = (answer.body?.data?.['addProgress'] as { id?: string } | undefined)?.id;
  if (id) recorder.acknowledged('progress_update', id);
};

const CATEGORIES = ['FINANCIERING', 'WET_EN_REGELGEVING', 'GEGEVENSDELING', 'CAPACITEIT', 'HUISVESTING'];
const ACTIELIJNEN = ['MEEDOEN', 'SAMENHANGENDE_AANPAK', 'VEILIGHEID', 'WONINGEN_EN_WIJKEN'];

const logVastloper: Action['run'] = async (baseUrl, client, recorder) => {
  client.serial += 1;
  const answer = await call(recorder, 'createVastloper', baseUrl, client, CREATE_VASTLOPER, {
    input: {
      allianceId: client.allianceId,
      title: `Schuldhulp stopt bij verhuizing naar een andere gemeente (${client.serial})`,
      description: 'Een gezin dat verhuist valt tussen twee gemeenten uit de schuldhulpverlening.',
      category: pick(CATEGORIES),
      actielijn: pick(ACTIELIJNEN),
    },
  });
  const id = (answer.body?.data?.['createVastloper'] as { id?: string } | undefined)?.id;
  if (id) {
    recorder.acknowledged('vastloper', id);
    client.created.push(id);
  }
};

const readDetail: Action['run'] = async (baseUrl, client, recorder) => {
  const item = pick(client.created.length > 0 && Math.random() < 0.5 ? client.created : client.openItems);
  if (!item) return listOpenItems(baseUrl, client, recorder);
  await call(recorder, 'vastloper', baseUrl, client, DETAIL, { id: item });
};

const readBriefing: Action['run'] = async (baseUrl, client, recorder) => {
  const meeting = pick(client.briefings);
  if (!meeting) return listMeetings(baseUrl, client, recorder);
  await call(recorder, 'briefing', baseUrl, client, BRIEFING, { id: meeting });
};

const ACTIONS: Record<Role, readonly Action[]> = {
  director: [
    { weight: 3, run: listOpenItems },
    { weight: 2, run: listMeetings },
    { weight: 2, run: readAgenda },
    { weight: 2, run: addProgress },
  ],
  rijksvertegenwoordiger: [
    { weight: 2, run: logVastloper },
    { weight: 3, run: readDetail },
    { weight: 1, run: listOpenItems },
  ],
  mayor: [
    { weight: 4, run: readBriefing },
    { weight: 1, run: listMeetings },
    { weight: 1, run: readDetail },
  ],
};

const nextAction = (role: Role): Action['run'] => {
  const actions = ACTIONS[role];
  let draw = Math.random() * actions.reduce((sum, action) => sum + action.weight, 0);
  for (const action of actions) {
    draw -= action.weight;
    if (draw < 0) return action.run;
  }
  return actions[0].run;
};

// Every client works in a loop, with a short pause between requests as a person clicking through, until
// `running()` says stop.
export const work = (baseUrl: string, clients: readonly RoleClient[], recorder: Recorder, running: () => boolean, pauseMs: number): Promise<void> =>
  Promise.all(
    clients.map(async (client) => {
      while (running()) {
        await nextAction(client.role)(baseUrl, client, recorder);
        await delay(pauseMs * (0.5 + Math.random()));
      }
    }),
  ).then(() => undefined);

// Acknowledged writes that are not in the database.
export const lostWrites = async (ownerUrl: string, recorder: Recorder): Promise<number> => {
  let lost = 0;
  for (const table of ['vastloper', 'progress_update'] as const) {
    const ids = recorder.writes.filter((write) => write.table === table).map((write) => write.id);
    if (ids.length === 0) continue;
    const [{ found }] = await query<{ found: string }>(ownerUrl, `SELECT count(*) AS found FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
    lost += ids.length - Number(found);
  }
  return lost;
};
