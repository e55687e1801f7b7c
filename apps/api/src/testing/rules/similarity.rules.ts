import type { DataSource } from 'typeorm';
import { defineRules, policy, type CallContext } from '../operation-rules';
import { allianceOf, insertVastloper } from './vastlopers.rules';

type Fixture = { ownerId: string };
type Context = CallContext<Fixture>;

// Two new items of the target alliance that the similarity job matched (both ways), made per call so
// the roles' calls never meet. A pair within one alliance lets each alliance role see both sides.
const insertMatch = async (context: Context): Promise<[string, string]> => {
  const { db, fixture } = context;
  const allianceId = allianceOf(context);
  const left = await insertVastloper(db, allianceId, fixture.ownerId);
  const right = await insertVastloper(db, allianceId, fixture.ownerId);
  await db.query(
    `INSERT INTO similar_vastloper (vastloper_id, similar_id, score, reasons)
     VALUES ($1, $2, 0.6, '[]'::jsonb), ($2, $1, 0.6, '[]'::jsonb)`,
    [left, right],
  );
  return [left, right];
};

const dismiss = (db: DataSource, [left, right]: [string, string], personId: string): Promise<unknown> =>
  db.query(`INSERT INTO similar_dismissal (first_id, second_id, dismissed_by_id) VALUES (LEAST($1::uuid, $2::uuid), GREATEST($1::uuid, $2::uuid), $3)`, [
    left,
    right,
    personId,
  ]);

const JUDGE = (operation: string) =>
  `mutation ($left: ID!, $right: ID!) { ${operation}(vastloperId: $left, similarId: $right) { dismissed vastloper { id } similar { id } } }`;

export const RULES = defineRules<Fixture>({
  feature: 'similarity',
  prepare: async (setup) => ({ ownerId: setup.people.PROGRAMME_DIRECTOR.id }),
  rules: [
    {
      name: 'similarityTriage',
      operation: 'Query.similarityTriage',
      access: policy('similar.read'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: async (context) => {
        await insertMatch(context);
        return {
          query: 'query ($id: ID!) { similarityTriage(first: 100, filter: { allianceId: $id }) { edges { node { id alliance { id } } } } }',
          variables: { id: allianceOf(context) },
        };
      },
      rowAlliances: (data) =>
        (data['similarityTriage'] as { edges: { node: { alliance: { id: string } } }[] }).edges.map((edge) => edge.node.alliance.id),
    },
    {
      // Who may not read the items gets NOT_FOUND; who reads them but does not triage, FORBIDDEN.
      name: 'dismissSimilarMatch',
      operation: 'Mutation.dismissSimilarMatch',
      access: policy('similar.dismiss'),
      targets: ['own', 'other'],
      denied: { notFoundUnless: 'item.read' },
      call: async (context) => {
        const [left, right] = await insertMatch(context);
        return { query: JUDGE('dismissSimilarMatch'), variables: { left, right } };
      },
    },
    {
      name: 'restoreSimilarMatch',
      operation: 'Mutation.restoreSimilarMatch',
      access: policy('similar.dismiss'),
      targets: ['own', 'other'],
      denied: { notFoundUnless: 'item.read' },
      call: async (context) => {
        const pair = await insertMatch(context);
        await dismiss(context.db, pair, context.fixture.ownerId);
        return { query: JUDGE('restoreSimilarMatch'), variables: { left: pair[0], right: pair[1] } };
      },
    },
  ],
});
