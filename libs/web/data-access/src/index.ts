export { createApolloClient } from './lib/apollo-client.factory';
