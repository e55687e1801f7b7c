import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import { answerPreloadedFields, createGraphqlContext, inputErrorIn, inputValidationPlugin, SCALARS_MAP, type AppConfig } from '@doorbraak/server-core';
import { isSocketContext, socketContext, webSocketOptions, type SocketSessions } from './graphql-ws-options';
import { outageError, outagePlugin } from './outage.plugin';

// The limits a document must stay within; generous for the web client, tight for abuse.
export const GRAPHQL_LIMITS = {
  maxDepth: 8,
  // Armor multiplies a list's cost by its `first` argument: a full audit page (first: 100) costs about 3 000: three fit, four do not.
  maxCost: 10_000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 1000,
} as const;

// Why a request was refused before it ran, as `extensions.reason` beside the standard code.
export type RejectionReason =
  | 'MAX_DEPTH'
  | 'MAX_COST'
  | 'MAX_ALIASES'
  | 'MAX_DIRECTIVES'
  | 'MAX_TOKENS'
  | 'BATCHING_DISABLED'
  | 'CSRF_PREFLIGHT_REQUIRED';

const rejectAs =
  (reason: RejectionReason) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { reason } }),
    );
  };

// Reported through the validation context (never thrown), so Apollo answers 400 GRAPHQL_VALIDATION_FAILED.
const limit = (reason: RejectionReason) => ({ propagateOnRejection: false, onReject: [rejectAs(reason)] });

// graphql-armor's own token limit runs as a parsingDidStart hook whose error escapes Apollo's
// parse error handling: a long document (such as 100 aliases with arguments) got a 500. graphql-js
// counts tokens in the parser itself, which Apollo turns into a 400 GRAPHQL_PARSE_FAILED.
const armor = new ApolloArmor({
  maxTokens: { enabled: false },
  // A fragment spread is no level of its own: the depth counted is that of the fields it brings in.
  maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true, ...limit('MAX_DEPTH') },
  costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ...limit('MAX_COST') },
  // `__typename` counts too: armor's default allow-list lets any number of its aliases through.
  maxAliases: { n: GRAPHQL_LIMITS.maxAliases, allowList: [], ...limit('MAX_ALIASES') },
  maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...limit('MAX_DIRECTIVES') },
}).protect();

// Request-level refusals by Apollo that carry only BAD_REQUEST or GRAPHQL_PARSE_FAILED.
const REQUEST_REJECTIONS: readonly (readonly [RegExp, RejectionReason])[] = [
  [/tokens\. Parsing aborted\.$/, 'MAX_TOKENS'],
  [/^Operation batching disabled\.$/, 'BATCHING_DISABLED'],
  [/Cross-Site Request Forgery/, 'CSRF_PREFLIGHT_REQUIRED'],
];

const isRequestRefusal = (error: unknown): boolean => {
  const status = error instanceof GraphQLError ? (error.extensions['http'] as { status?: unknown } | undefined)?.status : undefined;
  return typeof status === 'number' && status >= 400 && status < 500;
};

const GENERIC_MESSAGE = 'Something went wrong on our side. Try again later.';

// Errors that are not ours (bugs, database failures) never show their message or stack to the caller.
export const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  // A refused argument (a bad DateTime, say) arrives wrapped as a validation or coercion error.
  const input = inputErrorIn(error);
  if (input) {
    const { http: _http, ...extensions } = input.extensions;
    return { message: input.message, locations: formatted.locations, extensions };
  }
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.['code'];
  if (original instanceof GraphQLError || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR')) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    // Apollo refuses some requests with a 4xx and no code of their own (a persisted query whose hash does not
    // match its document): the caller sent something wrong, which is no error on our side.
    if (code === 'INTERNAL_SERVER_ERROR' && isRequestRefusal(original)) {
      extensions['code'] = 'BAD_REQUEST';
    }
    const reason = extensions['reason'] ?? REQUEST_REJECTIONS.find(([pattern]) => pattern.test(formatted.message))?.[1];
    return { ...formatted, extensions: reason ? { ...extensions, reason } : extensions };
  }
  const outage = outageError(formatted, original);
  if (outage) {
    return outage;
  }
  return {
    message: GENERIC_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
};

// Answers are per person: never cached on the way. Apollo's cache-control plugin would say the same, but it
// wraps every field's resolver to collect cache hints nobody gives (a tenth of a list's time in the API).
const noStorePlugin: ApolloServerPlugin = {
  requestDidStart: async () => ({
    willSendResponse: async ({ response }) => {
      response.http.headers.set('cache-control', 'no-store');
    },
  }),
};

export const graphqlOptions = (config: AppConfig, sessions: SocketSessions): ApolloDriverConfig => ({
  driver: ApolloDriver,
  // The committed schema.gql is written by `npm run schema:generate`, not at run time.
  autoSchemaFile: true,
  sortSchema: true,
  path: '/graphql',
  // Fields that cross an alliance boundary throw AccessError; without the filters it would reach
  // the client as an INTERNAL_SERVER_ERROR instead of FORBIDDEN. (Guards stay at the root: they would
  // check the token again for every field.)
  fieldResolverEnhancers: ['filters'],
  playground: false,
  graphiql: config.nodeEnv !== 'production',
  introspection: config.nodeEnv !== 'production',
  includeStacktraceInErrorResponses: false,
  // Apollo refuses POSTs that a form could send (text/plain, form encodings) and GETs without a
  // preflight-forcing header; mutations over GET are refused regardless.
  csrfPrevention: true,
  allowBatchedHttpRequests: false,
  parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
  validationRules: armor.validationRules,
  plugins: [...armor.plugins, inputValidationPlugin(), outagePlugin, ApolloServerPluginCacheControlDisabled(), noStorePlugin],
  // Nest would reset the status of an answer with data to 200; an outage answers 503 (outagePlugin).
  preserveHttpStatusForExecutionErrors: false,
  buildSchemaOptions: { scalarsMap: SCALARS_MAP },
  // A field whose value came with its row (a list page's owners, say) answers without its resolver.
  transformSchema: answerPreloadedFields,
  // Subscriptions over WebSocket on the same port and path, with the same document limits and errors.
  subscriptions: webSocketOptions(sessions, { maxTokens: GRAPHQL_LIMITS.maxTokens, validationRules: armor.validationRules, formatError }),
  context: (http: { req: Parameters<typeof createGraphqlContext>[0]; res: unknown }) =>
    isSocketContext(http) ? socketContext(http) : createGraphqlContext(http.req, http.res),
  formatError,
});
