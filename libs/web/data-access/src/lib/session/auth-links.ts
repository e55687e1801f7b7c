import { ApolloLink, CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { RetryLink } from '@apollo/client/link/retry';
import { from, switchMap, throwError } from 'rxjs';
import type { AuthSession } from './auth-session';

const isUnauthenticated = (error: unknown): boolean =>
  (CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.['code'] === 'UNAUTHENTICATED')) ||
  (ServerError.is(error) && error.statusCode === 401);

// Adds the access token and stamps the session generation, so a late 401 of an older session
// cannot end a newer one.
export const authHeaderLink = (session: AuthSession): ApolloLink =>
  new ApolloLink((operation, forward) => {
    const token = session.accessToken();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
      sessionGeneration: session.current.generation,
    }));
    return forward(operation);
  });

// A 401 waits for the one shared renewal and then tries once more; it never retries before it.
export const renewOnUnauthenticatedLink = (session: AuthSession): ApolloLink =>
  new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || operation.getContext()['renewed'] || session.current.status !== 'signedIn') {
      return;
    }
    const generation = operation.getContext()['sessionGeneration'] as number | undefined;
    return from(generation === session.current.generation ? session.refresh() : Promise.resolve('ok' as const)).pipe(
      switchMap((outcome) => {
        if (outcome !== 'ok') {
          return throwError(() => error);
        }
        const token = session.accessToken();
        operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
          renewed: true,
          headers: { ...headers, authorization: `Bearer ${token}` },
        }));
        return forward(operation);
      }),
    );
  });

// Network failures and outages (503) are tried again; 4xx answers (401, 403, …) never are.
export const retryLink = (): ApolloLink =>
  new RetryLink({
    delay: { initial: 500, max: 5_000, jitter: true },
    attempts: {
      max: 3,
      retryIf: (error) => {
        if (ServerError.is(error)) {
          return error.statusCode === 503 || error.statusCode === 502 || error.statusCode === 504;
        }
        return error instanceof TypeError;
      },
    },
  });
