import type { DataSource } from 'typeorm';
import type { Action, DossierStatus } from '@doorbraak/domain';
import { defineRules, policy, type CallContext, type Denial, type OperationRule, type Target } from '../operation-rules';
import { insertVastloper } from './vastlopers.rules';

type Fixture = { ownerId: string; coordinatorId: string };
type Context = CallContext<Fixture>;

// A dossier carrying the given vastlopers, set up directly so each call acts on rows of its own.
const insertDossier = async (db: DataSource, createdById: string, vastloperIds: readonly string[], status: DossierStatus = 'OPEN'): Promise<string> => {
  const [row]: { id: string }[] = await db.query(
    `INSERT INTO dossier (title, cause, owning_ministry, status, created_by_id, created_at, updated_at)
     VALUES ('Matrix-dossier', 'Eén oorzaak', 'BZK', $1, $2, now(), now()) RETURNING id`,
    [status, createdById],
  );
  for (const vastloperId of vastloperIds) {
    await db.query(
      `INSERT INTO dossier_membership (dossier_id, vastloper_id, joined_at, joined_via, joined_by_id) VALUES ($1, $2, now(), 'ADDED', $3)`,
      [row.id, vastloperId, createdById],
    );
  }
  return row.id;
};

// The answer clock an open dossier has at its owning ministry.
const answerClockOf = async (context: Context, dossierId: string): Promise<void> => {
  await context.db.query(`UPDATE dossier SET rung = 'INTERDEPARTEMENTAAL', rung_entered_at = now() WHERE id = $1`, [dossierId]);
  await context.db.query(
    `INSERT INTO answer_clock (dossier_id, reached_rung, reached_ministry_at, acknowledge_by, answer_by)
     VALUES ($1, 'INTERDEPARTEMENTAAL', now(), now() + interval '14 days', now() + interval '42 days')`,
    [dossierId],
  );
};

const vastloperOf = (context: Context, fields: Record<string, unknown> = {}): Promise<string> =>
  insertVastloper(context.db, context.allianceId as string, context.fixture.ownerId, fields);

// A dossier that carries a new vastloper of the target alliance; at the national level, one that carries none.
const dossierOf = async (context: Context, options: { confidential?: boolean; status?: DossierStatus } = {}): Promise<string> => {
  const items = context.target === 'national' ? [] : [await vastloperOf(context, { confidential: options.confidential ?? false })];
  return insertDossier(context.db, context.fixture.coordinatorId, items, options.status);
};

// Who may not even read the dossier gets NOT_FOUND: a dossier is read through the vastlopers it carries, and
// one that carries none only by national coordinators.
const hidden =
  (readAction: Action = 'item.read') =>
  (target: Target): Denial =>
    target === 'national' ? 'NOT_FOUND' : { notFoundUnless: readAction };

const DOSSIER = 'id status vastlopers { id alliance { id } } members { joinedVia leftVia } notes { kind }';

type Edges = { dossiers: { edges: { node: { vastlopers: { confidential: boolean; alliance: { id: string } }[] } }[] } };

// Every dossier in a list must show at least one vastloper the caller may read; one without is a leak.
const UNSEEN_ROW = 'a dossier without a readable vastloper';

// A command on one dossier, twice: on a dossier with an ordinary vastloper, and on one that carries only a
// confidential vastloper, which is NOT_FOUND for who may not read confidential items.
const dossierCommand = (
  operation: string,
  action: Action,
  targets: readonly Target[],
  // `confidential`: any further vastloper the call puts in the dossier is confidential too, so the dossier stays hidden.
  call: (
    dossierId: string,
    context: Context,
    confidential: boolean,
  ) => Promise<{ query: string; variables: Record<string, unknown> }> | { query: string; variables: Record<string, unknown> },
  status: DossierStatus = 'OPEN',
): OperationRule<Fixture>[] =>
  [false, true].map((confidential) => ({
    name: confidential ? `${operation} (confidential vastloper)` : operation,
    operation: `Mutation.${operation}`,
    access: policy(action),
    targets: confidential ? targets.filter((target) => target !== 'national') : targets,
    denied: hidden(confidential ? 'item.readConfidential' : 'item.read'),
    call: async (context) => call(await dossierOf(context, { confidential, status }), context, confidential),
  }));

export const RULES = defineRules<Fixture>({
  feature: 'dossiers',
  prepare: async (setup) => ({ ownerId: setup.people.PROGRAMME_DIRECTOR.id, coordinatorId: setup.people.NATIONAL_COORDINATOR.id }),
  rules: [
    {
      name: 'dossiers',
      operation: 'Query.dossiers',
      access: policy('item.read'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: async (context) => {
        await dossierOf(context);
        return {
          query: `query ($id: ID!) { dossiers(first: 100, filter: { allianceId: $id }) { edges { node { ${DOSSIER} } } } }`,
          variables: { id: context.allianceId },
        };
      },
      rowAlliances: (data) =>
        (data as Edges).dossiers.edges.flatMap((edge) =>
          edge.node.vastlopers.length > 0 ? edge.node.vastlopers.map((vastloper) => vastloper.alliance.id) : [UNSEEN_ROW],
        ),
    },
    {
      // A dossier that carries only a confidential vastloper is left out for who may not read it.
      name: 'dossiers (confidential rows)',
      operation: 'Query.dossiers',
      access: policy('item.readConfidential'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: async (context) => {
        await dossierOf(context, { confidential: true });
        return {
          query: `query ($id: ID!) { dossiers(first: 100, filter: { allianceId: $id }) { edges { node { id vastlopers { confidential alliance { id } } } } } }`,
          variables: { id: context.allianceId },
        };
      },
      rowAlliances: (data) =>
        (data as Edges).dossiers.edges.flatMap((edge) =>
          edge.node.vastlopers.length > 0
            ? edge.node.vastlopers.filter((vastloper) => vastloper.confidential).map((vastloper) => vastloper.alliance.id)
            : [UNSEEN_ROW],
        ),
    },
    {
      name: 'dossier',
      operation: 'Query.dossier',
      access: policy((target) => (target === 'national' ? 'national.read' : 'item.read')),
      targets: ['own', 'other', 'national'],
      denied: 'NOT_FOUND',
      call: async (context) => ({
        query: `query ($id: ID!) { dossier(id: $id) { ${DOSSIER} viewerCan { accept manageVastlopers addNote close } } }`,
        variables: { id: await dossierOf(context) },
      }),
    },
    {
      name: 'dossier (confidential vastloper)',
      operation: 'Query.dossier',
      access: policy('item.readConfidential'),
      targets: ['own', 'other'],
      denied: 'NOT_FOUND',
      call: async (context) => ({
        query: `query ($id: ID!) { dossier(id: $id) { ${DOSSIER} } }`,
        variables: { id: await dossierOf(context, { confidential: true }) },
      }),
    },
    {
      // A coordinator opens one; a rijksvertegenwoordiger proposes one with vastlopers of their alliances.
      name: 'createDossier',
      operation: 'Mutation.createDossier',
      access: policy('dossier.propose'),
      targets: ['own', 'other', 'national'],
      denied: (target) => (target === 'national' ? 'FORBIDDEN' : { notFoundUnless: 'item.read' }),
      call: async (context) => ({
        query: 'mutation ($input: CreateDossierInput!) { createDossier(input: $input) { id status } }',
        variables: {
          input: {
            title: 'Matrix-dossier',
            cause: 'Eén oorzaak in meerdere gebieden',
            owningMinistry: 'BZK',
            vastloperIds: context.target === 'national' ? [] : [await vastloperOf(context)],
          },
        },
      }),
    },
    ...dossierCommand(
      'acceptDossier',
      'dossier.manage',
      ['own', 'other', 'national'],
      (id) => ({ query: 'mutation ($id: ID!) { acceptDossier(id: $id) { id status } }', variables: { id } }),
      'PROPOSED',
    ),
    ...dossierCommand('addVastloperToDossier', 'dossier.manage', ['own', 'other'], async (id, context) => ({
      query: 'mutation ($id: ID!, $vastloperId: ID!) { addVastloperToDossier(dossierId: $id, vastloperId: $vastloperId, reason: "Zelfde oorzaak") { id } }',
      variables: { id, vastloperId: await vastloperOf(context) },
    })),
    {
      // The vastloper to add is confidential: NOT_FOUND for who may not read it, even on a dossier they see.
      name: 'addVastloperToDossier (adding a confidential vastloper)',
      operation: 'Mutation.addVastloperToDossier',
      access: policy('dossier.manage'),
      targets: ['own', 'other'],
      denied: { notFoundUnless: 'item.readConfidential' },
      call: async (context) => ({
        query: 'mutation ($id: ID!, $vastloperId: ID!) { addVastloperToDossier(dossierId: $id, vastloperId: $vastloperId) { id } }',
        variables: { id: await dossierOf(context), vastloperId: await vastloperOf(context, { confidential: true }) },
      }),
    },
    ...dossierCommand('removeVastloperFromDossier', 'dossier.manage', ['own', 'other'], async (id, context, confidential) => {
      const vastloperId = await vastloperOf(context, { confidential });
      await context.db.query(
        `INSERT INTO dossier_membership (dossier_id, vastloper_id, joined_at, joined_via, joined_by_id) VALUES ($1, $2, now(), 'ADDED', $3)`,
        [id, vastloperId, context.fixture.coordinatorId],
      );
      return {
        query: 'mutation ($id: ID!, $vastloperId: ID!) { removeVastloperFromDossier(dossierId: $id, vastloperId: $vastloperId, reason: "Andere oorzaak") { id } }',
        variables: { id, vastloperId },
      };
    }),
    ...dossierCommand('mergeDossiers', 'dossier.manage', ['own', 'other'], async (id, context, confidential) => ({
      query: 'mutation ($survivorId: ID!, $absorbedId: ID!) { mergeDossiers(survivorId: $survivorId, absorbedId: $absorbedId, reason: "Dubbel") { id } }',
      variables: { survivorId: id, absorbedId: await dossierOf(context, { confidential }) },
    })),
    ...dossierCommand('splitDossier', 'dossier.manage', ['own', 'other'], async (id, context, confidential) => {
      const [{ vastloperId }]: { vastloperId: string }[] = await context.db.query(
        `SELECT vastloper_id AS "vastloperId" FROM dossier_membership WHERE dossier_id = $1`,
        [id],
      );
      await context.db.query(
        `INSERT INTO dossier_membership (dossier_id, vastloper_id, joined_at, joined_via, joined_by_id) VALUES ($1, $2, now(), 'ADDED', $3)`,
        [id, await vastloperOf(context, { confidential }), context.fixture.coordinatorId],
      );
      return {
        query: 'mutation ($id: ID!, $ids: [ID!]!) { splitDossier(dossierId: $id, vastloperIds: $ids, title: "Afgesplitst") { id } }',
        variables: { id, ids: [vastloperId] },
      };
    }),
    ...dossierCommand('addDossierNote', 'dossier.addNote', ['own', 'other', 'national'], (id) => ({
      query: 'mutation ($id: ID!) { addDossierNote(dossierId: $id, kind: PROGRESS, text: "Overleg met het ministerie gepland") { id } }',
      variables: { id },
    })),
    // The ministry's acknowledgement and answer on a dossier whose answer clock runs.
    ...dossierCommand('acknowledgeDossier', 'item.answerNationally', ['own', 'other', 'national'], async (id, context) => {
      await answerClockOf(context, id);
      return { query: 'mutation ($id: ID!) { acknowledgeDossier(id: $id, note: "In behandeling bij de directie") { id answerTime { flag } } }', variables: { id } };
    }),
    ...dossierCommand('answerDossier', 'item.answerNationally', ['own', 'other', 'national'], async (id, context) => {
      await answerClockOf(context, id);
      return { query: 'mutation ($id: ID!) { answerDossier(id: $id, answer: "Maatwerk is mogelijk") { id answerTime { answeredAt } } }', variables: { id } };
    }),
    ...dossierCommand('closeDossier', 'dossier.manage', ['own', 'other', 'national'], (id) => ({
      query: 'mutation ($id: ID!) { closeDossier(id: $id, outcome: RESOLVED, text: "Maatwerk toegestaan") { id status } }',
      variables: { id },
    })),
  ],
});
