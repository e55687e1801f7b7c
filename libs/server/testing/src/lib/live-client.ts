import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { liveChannel, type LiveEventName, type LiveEventPayloads } from '@doorbraak/server-live';
import type { GraphqlError } from './graphql-request';

// A subscription over WebSocket, as the web client opens it (graphql-transport-ws on /graphql, the
// access token in the connection parameters), collecting what arrives.
export type LiveSubscription<T> = {
  readonly events: T[];
  readonly errors: GraphqlError[];
  // Set when the server closed the socket (4401: no valid token, 4403: session or token over).
  readonly closed: () => { code: number; reason: string } | null;
  // Resolves with the first event (already there or still to come) that matches.
  readonly next: (match: (event: T) => boolean, timeoutMs?: number) => Promise<T>;
  // Resolves once the subscription has ended: an error, a close or completion.
  readonly ended: (timeoutMs?: number) => Promise<void>;
  readonly stop: () => Promise<void>;
};

export const socketUrl = (apiUrl: string): string => `${apiUrl.replace(/^http/, 'ws')}/graphql`;

export const subscribeLive = <T = Record<string, unknown>>(
  apiUrl: string,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): LiveSubscription<T> => {
  const events: T[] = [];
  const errors: GraphqlError[] = [];
  let closed: { code: number; reason: string } | null = null;
  let finished = false;
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((waiter) => waiter());

  const client: Client = createClient({
    url: socketUrl(apiUrl),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    // Without a listener a refused connection would surface as an unhandled error.
    onNonLazyError: () => undefined,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        closed = { code, reason: String(reason) };
        wake();
      },
    },
  });
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) {
          errors.push(...(result.errors as GraphqlError[]));
        }
        if (result.data) {
          events.push(result.data as T);
        }
        wake();
      },
      error: (error) => {
        if (Array.isArray(error)) {
          errors.push(...(error as GraphqlError[]));
        }
        finished = true;
        wake();
      },
      complete: () => {
        finished = true;
        wake();
      },
    },
  );

  const waitUntil = <R>(value: () => R | undefined, what: string, timeoutMs: number): Promise<R> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = value();
        if (found !== undefined) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no ${what} within ${timeoutMs} ms (errors: ${JSON.stringify(errors)}, closed: ${JSON.stringify(closed)})`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  return {
    events,
    errors,
    closed: () => closed,
    next: (match, timeoutMs = 10_000) => waitUntil(() => events.find(match), 'matching event', timeoutMs),
    ended: (timeoutMs = 10_000) => waitUntil(() => (finished || closed ? true : undefined), 'end', timeoutMs).then(() => undefined),
    stop: async () => {
      unsubscribe();
      await client.dispose();
    },
  };
};

// Publishes as the API and the worker do, for probes: events the test makes up itself.
export const publishLive = <K extends LiveEventName>(pubsub: RedisPubSub, redisUrl: string, name: K, payload: LiveEventPayloads[K]): Promise<void> =>
  pubsub.publish(liveChannel(redisUrl, name), payload);

// The server subscribes to Redis a moment after the socket opened: publish a probe until it arrives.
export const untilListening = async <T>(subscription: LiveSubscription<T>, publishProbe: () => Promise<void>, isProbe: (event: T) => boolean): Promise<void> => {
  const deadline = Date.now() + 10_000;
  while (!subscription.events.some(isProbe)) {
    if (Date.now() > deadline || subscription.closed()) {
      throw new Error(`the subscription never heard its probe (errors: ${JSON.stringify(subscription.errors)}, closed: ${JSON.stringify(subscription.closed())})`);
    }
    await publishProbe();
    await subscription.next(isProbe, 250).catch(() => undefined);
  }
};

// One more probe, there and back: every event published before it has been decided on by then.
export const roundTrip = async <T>(subscription: LiveSubscription<T>, publishProbe: () => Promise<void>, isProbe: (event: T) => boolean): Promise<void> => {
  const heard = subscription.events.filter(isProbe).length;
  await publishProbe();
  await subscription.next(() => subscription.events.filter(isProbe).length > heard);
};
