import type { IncomingMessage } from 'node:http';
import type { SubscriptionConfig } from '@nestjs/graphql';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  subscribe,
  validate,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
  type ValidationRule,
} from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { createGraphqlContext, findInputError, type GraphqlContext } from '@doorbraak/server-core';

// Subscriptions run over WebSocket (graphql-transport-ws) on the API's own port and path; queries and
// mutations stay on HTTP, where the CSRF, body-size and outage rules live.

type Extra = { readonly socket: WebSocket; readonly request: IncomingMessage };
type SocketContext = Context<Record<string, unknown> | undefined, Extra>;

export type SocketSessions = {
  verifyAccessToken(token: string): { sub: string; sid: string; exp?: number };
  isActive(sessionId: string, personId: string): Promise<boolean>;
};

export type SocketLimits = {
  readonly maxTokens: number;
  readonly validationRules: readonly ValidationRule[];
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
};

// Close codes: graphql-ws clients give up on 4401 (sign in first) and reconnect after 4403, which is
// what a renewed access token needs.
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_SESSION_OVER = 4403;

type Connection = { readonly personId: string; readonly sessionId: string; readonly token: string; expiry?: ReturnType<typeof setTimeout> };

const connections = new WeakMap<Extra, Connection>();

const bearerOf = (params: Record<string, unknown> | undefined): string | null => {
  const value = params?.['authorization'];
  return typeof value === 'string' && /^Bearer [A-Za-z0-9._~+/=-]+$/.test(value) ? value.slice('Bearer '.length) : null;
};

// A socket's operations carry its access token as an Authorization header, so the auth guard and the
// JWT strategy check it exactly as for HTTP (session alive and the token's person's) when one starts.
export const socketContext = (context: SocketContext): GraphqlContext => {
  const connection = connections.get(context.extra);
  return createGraphqlContext({ headers: connection ? { authorization: `Bearer ${connection.token}` } : {} }, undefined);
};

export const isSocketContext = (value: object): value is SocketContext => 'extra' in value && 'connectionParams' in value;

// Refused before validation, like the HTTP endpoint refuses a subscription over POST.
const subscriptionsOnly: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'subscription') {
      context.reportError(
        new GraphQLError('Over WebSocket this API serves subscriptions only; send queries and mutations to /graphql over HTTP.', {
          nodes: [node],
          extensions: { code: 'BAD_REQUEST', reason: 'OPERATION_OVER_WEBSOCKET' },
        }),
      );
    }
    return false;
  },
});

const withCode = (error: GraphQLError, code: string): GraphQLError =>
  error.extensions['code'] ? error : new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions: { ...error.extensions, code } });

export const webSocketOptions = (sessions: SocketSessions, limits: SocketLimits): SubscriptionConfig => {
  const format = (error: GraphQLError): GraphQLFormattedError => limits.formatError(error.toJSON(), error);
  const close = (extra: Extra, code: number, reason: string): void => {
    // After the current message went out.
    setImmediate(() => extra.socket.close(code, reason));
  };

  const options: Partial<ServerOptions<Record<string, unknown> | undefined, Extra>> & { path: string } = {
    path: '/graphql',
    connectionInitWaitTimeout: 3_000,

    // The access token from the connection parameters: a valid signature, unexpired, and a live session of
    // the person it names. The socket closes when the token expires; the client reconnects with a new one.
    onConnect: async (context) => {
      const token = bearerOf(context.connectionParams);
      let claims: ReturnType<SocketSessions['verifyAccessToken']> | null = null;
      try {
        claims = token ? sessions.verifyAccessToken(token) : null;
      } catch {
        claims = null;
      }
      if (!token || !claims || !(await sessions.isActive(claims.sid, claims.sub))) {
        // Closed here, so the code says "sign in" rather than graphql-ws's own "forbidden" for a refusal.
        context.extra.socket.close(CLOSE_UNAUTHORIZED, 'Unauthorized');
        return false;
      }
      const connection: Connection = { personId: claims.sub, sessionId: claims.sid, token };
      if (claims.exp) {
        connection.expiry = setTimeout(() => context.extra.socket.close(CLOSE_SESSION_OVER, 'Access token expired'), Math.max(0, claims.exp * 1000 - Date.now()));
      }
      connections.set(context.extra, connection);
      return true;
    },
    onClose: (context) => {
      clearTimeout(connections.get(context.extra)?.expiry);
      connections.delete(context.extra);
    },

    // The HTTP endpoint's document limits (tokens, depth, cost, aliases, directives) hold here too.
    onSubscribe: (_context, _id, payload) => {
      try {
        parse(payload.query, { maxTokens: limits.maxTokens });
        return undefined;
      } catch (error) {
        const reason = error instanceof GraphQLError && /tokens\. Parsing aborted\.$/.test(error.message) ? { reason: 'MAX_TOKENS' } : {};
        return [new GraphQLError(error instanceof Error ? error.message : String(error), { extensions: { code: 'GRAPHQL_PARSE_FAILED', ...reason } })];
      }
    },
    validate: (schema, document) => validate(schema, document, [...specifiedRules, ...limits.validationRules, subscriptionsOnly]),
    // The same input rules as over HTTP, before any resolver runs.
    subscribe: async (args: ExecutionArgs) => {
      const operation = getOperationAST(args.document, args.operationName);
      const error = operation && findInputError(args.schema, args.document, operation, args.variableValues ?? undefined, new Date());
      return error ? { errors: [error] } : subscribe(args);
    },

    // Before each event goes out, the session must still be alive: one that ended (sign-out, idle,
    // a reused refresh token) hears nothing more.
    onNext: async (context, _id, _payload, _args, result: ExecutionResult | FormattedExecutionResult) => {
      const connection = connections.get(context.extra);
      if (!connection || !(await sessions.isActive(connection.sessionId, connection.personId))) {
        close(context.extra, CLOSE_SESSION_OVER, 'Session ended');
        return { errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }] };
      }
      const errors = result.errors?.map((error) => (error instanceof GraphQLError ? format(error) : error));
      return errors ? { ...result, errors } : undefined;
    },
    onError: (_context, _id, _payload, errors) => errors.map((error) => format(withCode(error, 'GRAPHQL_VALIDATION_FAILED'))),
  };
  // Nest passes every graphql-ws server option through, though its type names only some of them.
  return { 'graphql-ws': options as SubscriptionConfig['graphql-ws'] };
};
