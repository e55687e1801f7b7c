import { Redis } from 'ioredis';
import { liveChannel, type LiveEventName, type LiveEventPayloads } from '@doorbraak/server-live';
import { subscribeLive, testRedisUrl, type GraphqlResult } from '@doorbraak/server-testing';
import { CLOSE_UNAUTHORIZED } from '@doorbraak/server-app';
import { authenticated, defineRules, policy, type CallContext, type GraphqlCall, type Target } from '../operation-rules';
import { matrixNotification } from './notification-fixture';

type Fixture = { ownerId: string };

// One Redis connection for the triggers of the calls under way, closed when the last one ends (the
// matrix has no teardown for fixtures, and an open connection would keep jest from exiting).
let publisher: { redis: Redis; users: number } | null = null;

const acquirePublisher = (): void => {
  publisher ??= { redis: new Redis(testRedisUrl()), users: 0 };
  publisher.users += 1;
};

const releasePublisher = async (): Promise<void> => {
  if (publisher && --publisher.users === 0) {
    const { redis } = publisher;
    publisher = null;
    await redis.quit();
  }
};

// As the API and the worker publish (graphql-redis-subscriptions sends JSON).
const publish = async <K extends LiveEventName>(name: K, payload: LiveEventPayloads[K]): Promise<void> => {
  if (!publisher) {
    throw new Error('a trigger runs only while its call is sent');
  }
  await publisher.redis.publish(liveChannel(testRedisUrl(), name), JSON.stringify(payload));
};

// How long a subscriber waits for the event it should hear; a role that may not hear it waits this long.
const LISTEN_MS = 4_000;

const result = (body: GraphqlResult<Record<string, unknown>>['body']): GraphqlResult<Record<string, unknown>> => ({
  status: 200,
  body,
  setCookie: [],
  headers: new Headers(),
});

// Opens the subscription over WebSocket as the caller, makes the event happen until it is heard (the
// server starts listening a moment after the socket opened), and answers in the shape of an HTTP call:
// the refusal, or the events heard as a list (so that rowAlliances can look for leaks).
const overSocket =
  (field: string, { mustHear }: { mustHear: boolean }) =>
  async (call: GraphqlCall, token: string | undefined): Promise<GraphqlResult<Record<string, unknown>>> => {
    const socket = call.socket;
    if (!socket) {
      throw new Error(`a ${field} rule's call needs a socket`);
    }
    acquirePublisher();
    const subscription = subscribeLive<Record<string, unknown>>(socket.apiUrl, token, call.query, call.variables);
    try {
      const deadline = Date.now() + LISTEN_MS;
      while (Date.now() < deadline && !subscription.events.some(socket.heard) && subscription.errors.length === 0 && !subscription.closed()) {
        await socket.trigger();
        await subscription.next(socket.heard, 250).catch(() => undefined);
      }
      if (subscription.closed()?.code === CLOSE_UNAUTHORIZED) {
        // The socket refuses a caller without a valid token before any operation: "sign in first".
        return result({ errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] });
      }
      if (subscription.errors.length > 0) {
        return result({ errors: subscription.errors });
      }
      if (mustHear && !subscription.events.some(socket.heard)) {
        return result({ errors: [{ message: `no ${field} event within ${LISTEN_MS} ms` }] });
      }
      return result({ data: { [field]: subscription.events.map((event) => event[field]) } });
    } finally {
      await subscription.stop();
      await releasePublisher();
    }
  };

const insertVastloper = async ({ db, fixture }: CallContext<Fixture>, allianceId: string, confidential: boolean): Promise<string> => {
  const [row]: { id: string }[] = await db.query(
    `INSERT INTO vastloper (alliance_id, title, category, actielijn, owner_id, reporter_id, rung_entered_at, last_progress_at, status, rung, confidential)
     VALUES ($1, 'Matrix-vastloper', 'OVERIG', 'MEEDOEN', $2, $2, now(), now(), 'OPEN', 'ALLIANTIE', $3) RETURNING id`,
    [allianceId, fixture.ownerId, confidential],
  );
  return row.id;
};

const ladderRule = (confidential: boolean) => ({
  name: confidential ? 'ladderItemChanged (confidential vastloper)' : 'ladderItemChanged',
  operation: 'Subscription.ladderItemChanged' as const,
  access: policy(confidential ? 'item.readConfidential' : 'item.read'),
  denied: 'FILTERED' as const,
  targets: ['own', 'other'] as const,
  call: async (context: CallContext<Fixture>): Promise<GraphqlCall> => {
    const allianceId = context.allianceId as string;
    const itemId = await insertVastloper(context, allianceId, confidential);
    return {
      query: 'subscription { ladderItemChanged { itemId allianceId toRung } }',
      socket: {
        apiUrl: context.apiUrl,
        // As the worker announces a climb: the item's alliance and confidentiality decide who hears it.
        trigger: () =>
          publish('ladderItemChanged', {
            itemType: 'VASTLOPER',
            itemId,
            allianceIds: [allianceId],
            confidential,
            fromRung: 'PROGRAMMABUREAU',
            toRung: 'ALLIANTIE',
            status: 'OPEN',
            at: new Date().toISOString(),
          }),
        heard: (data) => (data['ladderItemChanged'] as { itemId: string }).itemId === itemId,
      },
    };
  },
  rowAlliances: (data: Record<string, unknown>) => (data['ladderItemChanged'] as { allianceId: string }[]).map((change) => change.allianceId),
  send: overSocket('ladderItemChanged', { mustHear: false }),
});

// A meeting of the target: an alliance meeting, or (national) a doorbraakoverleg without attendees or
// items, which only national readers see.
const agendaRule = {
  name: 'agendaChanged',
  operation: 'Subscription.agendaChanged' as const,
  access: policy((target: Target) => (target === 'national' ? 'national.read' : 'meeting.read')),
  denied: 'NOT_FOUND' as const,
  targets: ['own', 'other', 'national'] as const,
  call: async ({ db, allianceId, apiUrl }: CallContext<Fixture>): Promise<GraphqlCall> => {
    const [row]: { id: string }[] = await db.query(
      `INSERT INTO meeting (type, alliance_id, title, scheduled_at, status) VALUES ($1, $2, 'Matrix-vergadering', now() + interval '20 days', 'DRAFT') RETURNING id`,
      [allianceId === null ? 'DOORBRAAKOVERLEG' : 'ALLIANTIE', allianceId],
    );
    return {
      query: 'subscription ($meetingId: ID!) { agendaChanged(meetingId: $meetingId) { meetingId kind meeting { id title } } }',
      variables: { meetingId: row.id },
      socket: {
        apiUrl,
        // As the API or the worker announces a change to that agenda.
        trigger: () => publish('agendaChanged', { meetingId: row.id, kind: 'UPDATED', agendaItemId: null, actorId: null, at: new Date().toISOString() }),
        heard: (data) => (data['agendaChanged'] as { meetingId: string }).meetingId === row.id,
      },
    };
  },
  send: overSocket('agendaChanged', { mustHear: true }),
};

// Live events over WebSocket. A subscriber hears only what they may read: their own notifications,
// and the items of the alliances (and confidentiality) the policy opens to them.
export const RULES = defineRules<Fixture>({
  feature: 'live',
  prepare: async (setup) => ({ ownerId: setup.people.PROGRAMME_DIRECTOR.id }),
  rules: [
    {
      name: 'notificationAdded',
      operation: 'Subscription.notificationAdded',
      access: authenticated,
      targets: ['national'],
      call: async ({ db, app, person, apiUrl }) => {
        const id = person ? await matrixNotification(app, db, person.id, 'matrix-live') : '00000000-0000-4000-8000-000000000000';
        return {
          query: 'subscription { notificationAdded { id kind message } }',
          socket: {
            apiUrl,
            trigger: async () => {
              if (person) {
                await publish('notificationAdded', { notificationId: id, recipientId: person.id });
              }
            },
            heard: (data) => (data['notificationAdded'] as { id: string }).id === id,
          },
        };
      },
      send: overSocket('notificationAdded', { mustHear: true }),
    },
    ladderRule(false),
    ladderRule(true),
    agendaRule,
  ],
});
