import type { DataSource } from 'typeorm';
import type { Action } from '@doorbraak/domain';
import { authenticated, defineRules, policy, type CallContext, type OperationRule } from '../operation-rules';

type Fixture = { ownerId: string };
type Context = CallContext<Fixture>;

// Each call makes the row it acts on, so the roles' calls never meet.
// (Shared with the other features that act on vastlopers.)
export const insertVastloper = async (db: DataSource, allianceId: string, ownerId: string, fields: Record<string, unknown> = {}): Promise<string> => {
  const columns = { status: 'OPEN', rung: 'PROGRAMMABUREAU', parked_until: null, park_reason: null, confidential: false, ...fields };
  const [row]: { id: string }[] = await db.query(
    `INSERT INTO vastloper (alliance_id, title, category, actielijn, owner_id, reporter_id, rung_entered_at, last_progress_at,
                            next_escalation_at, status, rung, parked_until, park_reason, confidential)
     VALUES ($1, 'Matrix-vastloper', 'OVERIG', 'MEEDOEN', $2, $2, now(), now(), now() + interval '30 days', $3, $4, $5, $6, $7)
     RETURNING id`,
    [allianceId, ownerId, columns.status, columns.rung, columns.parked_until, columns.park_reason, columns.confidential],
  );
  return row.id;
};

// Confidential vastlopers (DOMAIN §4, canReadItem) are for the roles with item.readConfidential only.
const CONFIDENTIAL = { confidential: true };

const insertDoorbraak = async (db: DataSource, allianceId: string, ownerId: string): Promise<string> => {
  const [row]: { id: string }[] = await db.query(
    `INSERT INTO doorbraak (alliance_id, title, kind, status, owner_id, last_progress_at)
     VALUES ($1, 'Matrix-doorbraak', 'INITIATIEF', 'IDEE', $2, now()) RETURNING id`,
    [allianceId, ownerId],
  );
  return row.id;
};

export const allianceOf = ({ alliances, target }: Context): string => alliances[target === 'other' ? 'other' : 'own'].id;

// A mutation on one item: NOT_FOUND for who may not read it, FORBIDDEN for who may read but not do this.
// Each comes twice: on an ordinary vastloper, and on a confidential one, which is NOT_FOUND for who
// may not read confidential items even where the policy lets them do the action on ordinary ones.
const itemMutation = (
  operation: string,
  action: Action,
  query: string,
  variables: (id: string, context: Context) => Record<string, unknown> | Promise<Record<string, unknown>>,
  fields: Record<string, unknown> = {},
): OperationRule<Fixture>[] =>
  [false, true].map((confidential) => ({
    name: confidential ? `${operation} (confidential vastloper)` : operation,
    operation: `Mutation.${operation}`,
    access: policy(action),
    targets: ['own', 'other'],
    denied: { notFoundUnless: confidential ? 'item.readConfidential' : 'item.read' },
    call: async (context) => {
      const id = await insertVastloper(context.db, allianceOf(context), context.fixture.ownerId, { ...fields, ...(confidential ? CONFIDENTIAL : {}) });
      return { query, variables: await variables(id, context) };
    },
  }));

// The ministry's acknowledgement and answer (DOMAIN §5 AnswerClock): on a vastloper at a ministry rung with an
// open answer clock; the rijksvertegenwoordiger answers at their rung, the national coordinators above it.
const ministryMutation = (operation: string, rung: string, action: Action, query: string): OperationRule<Fixture> => ({
  name: `${operation} (at ${rung})`,
  operation: `Mutation.${operation}`,
  access: policy(action),
  targets: ['own', 'other'],
  denied: { notFoundUnless: 'item.read' },
  call: async (context) => {
    const id = await insertVastloper(context.db, allianceOf(context), context.fixture.ownerId, { rung });
    await context.db.query(
      `INSERT INTO answer_clock (vastloper_id, reached_rung, reached_ministry_at, acknowledge_by, answer_by)
       VALUES ($1, $2, now(), now() + interval '14 days', now() + interval '42 days')`,
      [id, rung],
    );
    return { query, variables: { id } };
  },
});

type Edges<T> = { edges: { node: T }[] };

const ITEM = '... on Vastloper { id status } ... on Doorbraak { id doorbraakStatus: status }';

export const RULES = defineRules<Fixture>({
  feature: 'vastlopers',
  prepare: async (setup) => ({ ownerId: setup.people.PROGRAMME_DIRECTOR.id }),
  rules: [
    {
      name: 'vastlopers',
      operation: 'Query.vastlopers',
      access: policy('item.read'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: (context) => ({
        query: 'query ($id: ID!) { vastlopers(first: 100, filter: { allianceId: $id }) { edges { node { id alliance { id } } } } }',
        variables: { id: allianceOf(context) },
      }),
      rowAlliances: (data) =>
        (data['vastlopers'] as { edges: { node: { alliance: { id: string } } }[] }).edges.map((edge) => edge.node.alliance.id),
    },
    {
      name: 'vastloper',
      operation: 'Query.vastloper',
      access: policy('item.read'),
      targets: ['own', 'other'],
      denied: 'NOT_FOUND',
      call: async (context) => ({
        query: 'query ($id: ID!) { vastloper(id: $id) { id timeline { edges { node { cause } } } progressUpdates { edges { node { text } } } } }',
        variables: { id: await insertVastloper(context.db, allianceOf(context), context.fixture.ownerId) },
      }),
    },
    {
      // The list leaves out the confidential vastlopers of alliances where the caller may not read them.
      name: 'vastlopers (confidential rows)',
      operation: 'Query.vastlopers',
      access: policy('item.readConfidential'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: async (context) => {
        await insertVastloper(context.db, allianceOf(context), context.fixture.ownerId, CONFIDENTIAL);
        return {
          query: 'query ($id: ID!) { vastlopers(first: 100, filter: { allianceId: $id }) { edges { node { id confidential alliance { id } } } } }',
          variables: { id: allianceOf(context) },
        };
      },
      rowAlliances: (data) =>
        (data['vastlopers'] as Edges<{ confidential: boolean; alliance: { id: string } }>).edges
          .filter((edge) => edge.node.confidential)
          .map((edge) => edge.node.alliance.id),
    },
    {
      name: 'vastloper (confidential)',
      operation: 'Query.vastloper',
      access: policy('item.readConfidential'),
      targets: ['own', 'other'],
      denied: 'NOT_FOUND',
      call: async (context) => ({
        query: 'query ($id: ID!) { vastloper(id: $id) { id confidential } }',
        variables: { id: await insertVastloper(context.db, allianceOf(context), context.fixture.ownerId, CONFIDENTIAL) },
      }),
    },
    {
      // A doorbraak's linked vastlopers leave out the confidential ones, as the list does.
      name: 'doorbraken { vastlopers } (confidential)',
      operation: 'Query.doorbraken',
      access: policy('item.readConfidential'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: async (context) => {
        const allianceId = allianceOf(context);
        const doorbraakId = await insertDoorbraak(context.db, allianceId, context.fixture.ownerId);
        const vastloperId = await insertVastloper(context.db, allianceId, context.fixture.ownerId, CONFIDENTIAL);
        await context.db.query(`INSERT INTO doorbraak_vastloper (doorbraak_id, vastloper_id) VALUES ($1, $2)`, [doorbraakId, vastloperId]);
        return {
          query: `query ($id: ID!) { doorbraken(first: 100, filter: { allianceId: $id }) {
                    edges { node { id vastlopers { id confidential alliance { id } } } } } }`,
          variables: { id: allianceId },
        };
      },
      rowAlliances: (data) =>
        (data['doorbraken'] as Edges<{ vastlopers: { confidential: boolean; alliance: { id: string } }[] }>).edges.flatMap((edge) =>
          edge.node.vastlopers.filter((vastloper) => vastloper.confidential).map((vastloper) => vastloper.alliance.id),
        ),
    },
    {
      name: 'doorbraken',
      operation: 'Query.doorbraken',
      access: policy('item.read'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: async (context) => {
        await insertDoorbraak(context.db, allianceOf(context), context.fixture.ownerId);
        return {
          query: 'query ($id: ID!) { doorbraken(first: 100, filter: { allianceId: $id }) { edges { node { id alliance { id } } } } }',
          variables: { id: allianceOf(context) },
        };
      },
      rowAlliances: (data) =>
        (data['doorbraken'] as { edges: { node: { alliance: { id: string } } }[] }).edges.map((edge) => edge.node.alliance.id),
    },
    {
      name: 'doorbraak',
      operation: 'Query.doorbraak',
      access: policy('item.read'),
      targets: ['own', 'other'],
      denied: 'NOT_FOUND',
      call: async (context) => ({
        query: 'query ($id: ID!) { doorbraak(id: $id) { id vastlopers { id } } }',
        variables: { id: await insertDoorbraak(context.db, allianceOf(context), context.fixture.ownerId) },
      }),
    },
    {
      // A doorbraak led by another alliance and shared with the target's is read through the target's.
      name: 'doorbraak (shared with the alliance)',
      operation: 'Query.doorbraak',
      access: policy('item.read'),
      targets: ['own', 'other'],
      denied: 'NOT_FOUND',
      call: async (context) => {
        // Led by an alliance that is neither the own one nor the target.
        const [lead]: { id: string }[] = await context.db.query(`SELECT id FROM alliance WHERE id <> ALL($1) ORDER BY slug LIMIT 1`, [
          [context.alliances.own.id, context.alliances.other.id],
        ]);
        const id = await insertDoorbraak(context.db, lead.id, context.fixture.ownerId);
        await context.db.query(`INSERT INTO doorbraak_alliance (doorbraak_id, alliance_id) VALUES ($1, $2)`, [id, allianceOf(context)]);
        return { query: 'query ($id: ID!) { doorbraak(id: $id) { id } }', variables: { id } };
      },
    },
    {
      name: 'createVastloper',
      operation: 'Mutation.createVastloper',
      access: policy('item.create'),
      targets: ['own', 'other'],
      denied: 'FORBIDDEN',
      call: (context) => ({
        query: 'mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }',
        variables: { input: { allianceId: allianceOf(context), title: 'Matrix', category: 'OVERIG', actielijn: 'MEEDOEN' } },
      }),
    },
    {
      name: 'createDoorbraak',
      operation: 'Mutation.createDoorbraak',
      access: policy('item.create'),
      targets: ['own', 'other'],
      denied: 'FORBIDDEN',
      call: (context) => ({
        query: 'mutation ($input: CreateDoorbraakInput!) { createDoorbraak(input: $input) { id } }',
        variables: { input: { allianceId: allianceOf(context), title: 'Matrix', kind: 'INITIATIEF' } },
      }),
    },
    {
      name: 'updateDoorbraak',
      operation: 'Mutation.updateDoorbraak',
      access: policy('item.update'),
      targets: ['own', 'other'],
      denied: { notFoundUnless: 'item.read' },
      call: async (context) => ({
        query: 'mutation ($input: UpdateDoorbraakInput!) { updateDoorbraak(input: $input) { id } }',
        variables: { input: { id: await insertDoorbraak(context.db, allianceOf(context), context.fixture.ownerId), title: 'Nieuwe titel' } },
      }),
    },
    ...itemMutation('updateVastloper', 'item.update', 'mutation ($input: UpdateVastloperInput!) { updateVastloper(input: $input) { id } }', (id) => ({
      input: { id, title: 'Nieuwe titel' },
    })),
    ...itemMutation(
      'park',
      'item.update',
      'mutation ($id: ID!, $until: DateTime!) { park(id: $id, until: $until, reason: "Wacht") { id } }',
      (id) => ({ id, until: new Date(Date.now() + 86_400_000).toISOString() }),
    ),
    ...itemMutation('unpark', 'item.update', 'mutation ($id: ID!) { unpark(id: $id) { id } }', (id) => ({ id }), {
      status: 'GEPARKEERD',
      parked_until: new Date(Date.now() + 86_400_000),
      park_reason: 'Wacht',
    }),
    ...itemMutation('resolveVastloper', 'item.resolve', 'mutation ($id: ID!) { resolveVastloper(id: $id) { id } }', (id) => ({ id })),
    ...itemMutation(
      'linkDoorbraak',
      'item.update',
      'mutation ($id: ID!, $doorbraakId: ID!) { linkDoorbraak(vastloperId: $id, doorbraakId: $doorbraakId) { id } }',
      async (id, context) => ({ id, doorbraakId: await insertDoorbraak(context.db, allianceOf(context), context.fixture.ownerId) }),
    ),
    ...itemMutation(
      'addProgress',
      'item.addProgress',
      'mutation ($id: ID!) { addProgress(itemId: $id, text: "Voortgang") { id } }',
      (id) => ({ id }),
    ),
    ...itemMutation('acknowledge', 'item.acknowledge', `mutation ($id: ID!) { acknowledge(itemId: $id) { ${ITEM} } }`, (id) => ({ id })),
    ...itemMutation('escalate', 'item.escalate', `mutation ($id: ID!) { escalate(itemId: $id, reason: "Matrix") { ${ITEM} } }`, (id) => ({ id })),
    ...itemMutation(
      'deEscalate',
      'item.escalate',
      `mutation ($id: ID!) { deEscalate(itemId: $id, reason: "Matrix") { ${ITEM} } }`,
      (id) => ({ id }),
      { rung: 'ALLIANTIE' },
    ),
    ...itemMutation('withdraw', 'item.update', `mutation ($id: ID!) { withdraw(itemId: $id) { ${ITEM} } }`, (id) => ({ id })),
    {
      name: 'escalationLadder',
      operation: 'Query.escalationLadder',
      access: policy('alliance.read'),
      targets: ['own', 'other'],
      denied: 'NOT_FOUND',
      call: (context) => ({
        query: 'query ($id: ID!) { escalationLadder(allianceId: $id) { rung unit workingDays nationalDefault { unit workingDays } } }',
        variables: { id: allianceOf(context) },
      }),
    },
    {
      name: 'updateEscalationLadder',
      operation: 'Mutation.updateEscalationLadder',
      access: policy('ladder.manage'),
      targets: ['own', 'other'],
      denied: { notFoundUnless: 'alliance.read' },
      sequential: true,
      call: (context) => ({
        query: 'mutation ($id: ID!) { updateEscalationLadder(allianceId: $id, rungs: []) { rung overridden } }',
        variables: { id: allianceOf(context) },
      }),
    },
    ...['RIJKSVERTEGENWOORDIGER', 'DOORBRAAKOVERLEG'].flatMap((rung) => {
      const action: Action = rung === 'RIJKSVERTEGENWOORDIGER' ? 'item.answerAtMinistry' : 'item.answerNationally';
      return [
        ministryMutation('acknowledgeVastloper', rung, action, 'mutation ($id: ID!) { acknowledgeVastloper(id: $id, note: "Ontvangen") { id answerTime { flag } } }'),
        ministryMutation('answerVastloper', rung, action, 'mutation ($id: ID!) { answerVastloper(id: $id, answer: "Maatwerk toegestaan") { id answerTime { flag } } }'),
      ];
    }),
    {
      name: 'answerTimeSettings (national)',
      operation: 'Query.answerTimeSettings',
      access: authenticated,
      targets: ['national'],
      call: () => ({ query: '{ answerTimeSettings { acknowledgeWorkingDays answerWorkingDays overridden } }' }),
    },
    {
      name: 'answerTimeSettings (alliance)',
      operation: 'Query.answerTimeSettings',
      access: policy('alliance.read'),
      targets: ['own', 'other'],
      denied: 'NOT_FOUND',
      call: (context) => ({
        query: 'query ($id: ID!) { answerTimeSettings(allianceId: $id) { acknowledgeWorkingDays answerWorkingDays overridden } }',
        variables: { id: allianceOf(context) },
      }),
    },
    {
      name: 'updateAnswerTimeSettings (national)',
      operation: 'Mutation.updateAnswerTimeSettings',
      access: policy('ladder.manage'),
      targets: ['national'],
      denied: 'FORBIDDEN',
      sequential: true,
      call: () => ({
        query: 'mutation { updateAnswerTimeSettings(settings: { acknowledgeWorkingDays: 10, answerWorkingDays: 30 }) { acknowledgeWorkingDays } }',
      }),
    },
    {
      name: 'updateAnswerTimeSettings (alliance)',
      operation: 'Mutation.updateAnswerTimeSettings',
      access: policy('ladder.manage'),
      targets: ['own', 'other'],
      denied: { notFoundUnless: 'alliance.read' },
      sequential: true,
      call: (context) => ({
        query: 'mutation ($id: ID!) { updateAnswerTimeSettings(allianceId: $id, settings: null) { overridden } }',
        variables: { id: allianceOf(context) },
      }),
    },
    {
      // Counts per alliance: only alliances (and items) the caller may read are counted.
      name: 'ladderOverview',
      operation: 'Query.ladderOverview',
      access: policy('item.read'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: () => ({ query: '{ ladderOverview { allianceId open stalled overdueAtTop perRung { rung count } } }' }),
      rowAlliances: (data) => (data['ladderOverview'] as { allianceId: string }[]).map((row) => row.allianceId),
    },
    {
      name: 'escalationFailures',
      operation: 'Query.escalationFailures',
      access: policy('escalationFailures.read'),
      targets: ['national'],
      denied: 'FORBIDDEN',
      call: () => ({ query: '{ escalationFailures { edges { node { jobId failedReason } } } }' }),
    },
  ],
});
