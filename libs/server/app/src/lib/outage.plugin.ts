import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { isConnectivityError, RETRY_AFTER_SECONDS } from '@doorbraak/server-core';

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

const OUTAGE_MESSAGE = 'Doorbraak is temporarily unavailable. Try again in a few seconds.';

// For formatError: a database or Redis that dropped out mid-request (in a field resolver, say) is an
// outage too, never a bug with a generic message.
export const outageError = (formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError | null =>
  isConnectivityError(original)
    ? {
        message: OUTAGE_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS },
      }
    : null;

// An answer with an outage error is a 503 with Retry-After, so proxies, monitoring and the web client
// can tell "try again" from "signed out" (401 UNAUTHENTICATED) without reading the body.
export const outagePlugin: ApolloServerPlugin = {
  requestDidStart: async () => ({
    willSendResponse: async ({ response }) => {
      const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
      if (errors?.some((error) => error.extensions?.['code'] === SERVICE_UNAVAILABLE)) {
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      }
    },
  }),
};
