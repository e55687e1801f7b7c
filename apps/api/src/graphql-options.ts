import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createGraphqlContext, type AppConfig } from '@doorbraak/server-core';

// Errors that are not ours (bugs, database failures) never show their message or stack to the caller.
const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.['code'];
  if (original instanceof GraphQLError || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR')) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
};

export const graphqlOptions = (config: AppConfig): ApolloDriverConfig => ({
  driver: ApolloDriver,
  // The committed schema.gql is written by `npm run schema:generate`, not at run time.
  autoSchemaFile: true,
  sortSchema: true,
  path: '/graphql',
  playground: false,
  graphiql: config.nodeEnv !== 'production',
  introspection: config.nodeEnv !== 'production',
  includeStacktraceInErrorResponses: false,
  context: ({ req, res }: { req: Parameters<typeof createGraphqlContext>[0]; res: unknown }) => createGraphqlContext(req, res),
  formatError,
});
