import { randomInt } from 'node:crypto';
import { defineRules, policy, type CallContext } from '../operation-rules';
import { insertVastloper } from './vastlopers.rules';

type Fixture = { ownerId: string };
type Context = CallContext<Fixture>;

// Each call its own doorbraakoverleg, far ahead and apart, so one call's votes never count against another's.
const insertDoorbraakoverleg = async (context: Context): Promise<string> => {
  const scheduledAt = new Date(Date.UTC(2034, 0, 1) + randomInt(0, 300 * 24) * 3_600_000);
  const [row]: { id: string }[] = await context.db.query(
    `INSERT INTO meeting (type, alliance_id, title, scheduled_at, status) VALUES ('DOORBRAAKOVERLEG', NULL, 'Matrix-doorbraakoverleg', $1, 'DRAFT') RETURNING id`,
    [scheduledAt],
  );
  return row.id;
};

// A candidate: an open vastloper of the target alliance at the interdepartmental rung.
const candidateOf = (context: Context): Promise<string> =>
  insertVastloper(context.db, context.alliances[context.target === 'other' ? 'other' : 'own'].id, context.fixture.ownerId, { rung: 'INTERDEPARTEMENTAAL' });

type Candidates = { doorbraakoverlegComposer: { candidates: { vastloper: { alliance: { id: string } } | null }[] } | null };

// Only rijksvertegenwoordigers vote, on the items of their own alliances; who may read the item but not vote
// gets FORBIDDEN, who may not read it NOT_FOUND.
const voteDenied = { notFoundUnless: 'item.read' } as const;

export const RULES = defineRules<Fixture>({
  feature: 'doorbraakoverleg',
  prepare: async (setup) => ({ ownerId: setup.people.PROGRAMME_DIRECTOR.id }),
  rules: [
    {
      // The candidates of the alliances whose composer the caller may read; null for who reads none.
      name: 'doorbraakoverlegComposer',
      operation: 'Query.doorbraakoverlegComposer',
      access: policy('composer.read'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: async (context) => {
        await candidateOf(context);
        return {
          query: `query ($id: ID) { doorbraakoverlegComposer(meetingId: $id) { candidates { vastloper { alliance { id } } } } }`,
          variables: { id: await insertDoorbraakoverleg(context) },
        };
      },
      rowAlliances: (data) =>
        ((data as Candidates).doorbraakoverlegComposer?.candidates ?? []).flatMap((candidate) => (candidate.vastloper ? [candidate.vastloper.alliance.id] : [])),
    },
    {
      name: 'castPriorityVote',
      operation: 'Mutation.castPriorityVote',
      access: policy('priority.vote'),
      targets: ['own', 'other'],
      denied: voteDenied,
      call: async (context) => ({
        query: `mutation ($m: ID!, $v: ID!) { castPriorityVote(meetingId: $m, vastloperId: $v, votes: 2) { myVotesLeft } }`,
        variables: { m: await insertDoorbraakoverleg(context), v: await candidateOf(context) },
      }),
    },
    {
      name: 'withdrawPriorityVote',
      operation: 'Mutation.withdrawPriorityVote',
      access: policy('priority.vote'),
      targets: ['own', 'other'],
      denied: voteDenied,
      call: async (context) => {
        const [meetingId, vastloperId] = [await insertDoorbraakoverleg(context), await candidateOf(context)];
        if (context.person) {
          await context.db.query(`INSERT INTO priority_vote (meeting_id, voter_id, vastloper_id, votes, cast_at) VALUES ($1, $2, $3, 2, now())`, [
            meetingId,
            context.person.id,
            vastloperId,
          ]);
        }
        return {
          query: `mutation ($m: ID!, $v: ID!) { withdrawPriorityVote(meetingId: $m, vastloperId: $v) { myVotesLeft } }`,
          variables: { m: meetingId, v: vastloperId },
        };
      },
    },
  ],
});
