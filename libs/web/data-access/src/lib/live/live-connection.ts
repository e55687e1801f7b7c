import type { ApolloClient } from '@apollo/client';
import { createClient, type Client } from 'graphql-ws/client';
import type { AuthSession } from '../session/auth-session';

// The WebSocket for subscriptions (graphql-transport-ws on the API's /graphql). It opens when the first
// subscription starts and closes shortly after the last one ends. The access token goes in the
// connection parameters; the API closes the socket when that token expires or the session ends, and
// the client reconnects with the current token. A renewed token reconnects at once.

const live = new WeakMap<ApolloClient, Client>();

export const socketUrlFor = (uri: string, base: string): string => {
  const url = new URL(uri, base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
};

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const createLiveConnection = (url: string, session: AuthSession): Client => {
  let usedToken: string | null = null;
  let open = false;
  const client = createClient({
    url,
    lazy: true,
    lazyCloseTimeout: 5_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    // Quick after a deliberate reconnect, then backing off to half a minute while the API is away.
    retryWait: (retries) => delay(Math.min(30_000, 250 * 2 ** retries) + Math.random() * 250),
    connectionParams: async () => {
      usedToken = await session.freshAccessToken();
      return usedToken ? { authorization: `Bearer ${usedToken}` } : {};
    },
    on: {
      connected: () => {
        open = true;
      },
      closed: () => {
        open = false;
      },
    },
  });
  session.subscribe(() => {
    const token = session.accessToken();
    if (open && token && token !== usedToken) {
      client.terminate();
    }
  });
  return client;
};

export const registerLiveConnection = (apolloClient: ApolloClient, connection: Client): void => {
  live.set(apolloClient, connection);
};

export const liveConnectionOf = (apolloClient: ApolloClient): Client | undefined => live.get(apolloClient);
