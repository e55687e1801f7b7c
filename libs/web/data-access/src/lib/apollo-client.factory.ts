import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { authHeaderLink, renewOnUnauthenticatedLink, retryLink } from './session/auth-links';
import type { AuthSession } from './session/auth-session';

export type ApolloClientOptions = {
  uri?: string;
  session?: AuthSession;
};

// Relative by default: the Vite dev/preview server proxies /graphql to the API, so the browser stays same-origin.
export const createApolloClient = ({ uri = '/graphql', session }: ApolloClientOptions = {}): ApolloClient => {
  const http = new HttpLink({ uri, credentials: 'include' });
  const links: ApolloLink[] = session ? [renewOnUnauthenticatedLink(session), retryLink(), authHeaderLink(session), http] : [http];
  return new ApolloClient({
    link: ApolloLink.from(links),
    cache: new InMemoryCache(),
  });
};
