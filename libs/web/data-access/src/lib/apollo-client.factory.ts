import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

// Relative by default: the Vite dev/preview server proxies /graphql to the API, so the browser stays same-origin.
export const createApolloClient = (uri = '/graphql'): ApolloClient =>
  new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache(),
  });
