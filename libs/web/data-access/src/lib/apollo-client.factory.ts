import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createLiveConnection, registerLiveConnection, socketUrlFor } from './live/live-connection';
import { authHeaderLink, renewOnUnauthenticatedLink, retryLink } from './session/auth-links';
import type { AuthSession } from './session/auth-session';

export type ApolloClientOptions = {
  uri?: string;
  session?: AuthSession;
};

// Relative by default: the Vite dev/preview server proxies /graphql (HTTP and WebSocket) to the API, so
// the browser stays same-origin. Subscriptions go over the WebSocket, everything else over HTTP.
export const createApolloClient = ({ uri = '/graphql', session }: ApolloClientOptions = {}): ApolloClient => {
  const http = new HttpLink({ uri, credentials: 'include' });
  const overHttp = session ? ApolloLink.from([renewOnUnauthenticatedLink(session), retryLink(), authHeaderLink(session), http]) : http;
  if (!session || typeof window === 'undefined') {
    return new ApolloClient({ link: overHttp, cache: new InMemoryCache() });
  }
  const live = createLiveConnection(socketUrlFor(uri, window.location.href), session);
  const client = new ApolloClient({
    link: ApolloLink.split((operation) => operation.operationType === 'subscription', new GraphQLWsLink(live), overHttp),
    cache: new InMemoryCache(),
  });
  registerLiveConnection(client, live);
  return client;
};
