import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { DomainError } from '../domain-error';

// How long a client should wait before it tries again (the Retry-After header, in seconds).
export const RETRY_AFTER_SECONDS = 5;

// PostgreSQL's class 08 (connection exception), and 57P01-57P03: the server shuts down, crashed,
// or cannot accept connections yet (starting, recovering).
const POSTGRES_CODE = /^(08[0-9A-Z]{3}|57P0[123])$/;

// Socket-level failures of any client (pg, ioredis), as Node reports them.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED']);

// Messages of pg, pg-pool and ioredis that carry no code but mean "the server cannot be reached".
const MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Query read timeout$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Connection is closed\.$/,
  /^Command timed out$/,
  /^Stream isn't writeable and enableOfflineQueue options is false$/,
  /^Reached the max retries per request limit/,
  // Redis answers but is still loading its data set after a restart.
  /^LOADING /,
];

type Inspectable = { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown; driverError?: unknown };

// Whether `test` holds for the error or for one it wraps: TypeORM wraps the driver's error; pg-pool and Node
// attach the underlying one as the cause or (for a refused connection on every address of a host) as an
// AggregateError's errors.
const anyNested = (error: unknown, test: (error: object) => boolean, depth = 0): boolean => {
  if (typeof error !== 'object' || error === null || depth > 5) {
    return false;
  }
  if (test(error)) {
    return true;
  }
  const { cause, errors, driverError } = error as Inspectable;
  const nested = [driverError, cause, ...(Array.isArray(errors) ? errors : [])];
  return nested.some((inner) => inner !== error && anyNested(inner, test, depth + 1));
};

const codeOf = (error: object): string | undefined => {
  const { code } = error as Inspectable;
  return typeof code === 'string' ? code : undefined;
};

const messageMatches = (error: object, patterns: readonly RegExp[]): boolean => {
  const { message } = error as Inspectable;
  return typeof message === 'string' && patterns.some((pattern) => pattern.test(message));
};

// True only when a database or Redis could not be reached or dropped the connection: never for a
// query that failed on its own (bad input, a constraint, a statement timeout).
export const isConnectivityError = (error: unknown): boolean =>
  anyNested(error, (candidate) => {
    // TypeORM releases a transaction's query runner as soon as its connection fails (the server ended it), so
    // the transaction's next statement fails with one of these instead of the connection error: the runner's
    // own, or its entity manager's.
    if (candidate instanceof QueryRunnerAlreadyReleasedError || candidate instanceof QueryRunnerProviderAlreadyReleasedError) {
      return true;
    }
    const code = codeOf(candidate);
    return (code !== undefined && (POSTGRES_CODE.test(code) || SOCKET_CODES.has(code))) || messageMatches(candidate, MESSAGES);
  });

// Narrower: PostgreSQL ended or refused the session (its SQLSTATE, or pg's own words for a socket that closed),
// as an error of pg or wrapped by TypeORM. Not a socket error in general: a closed stdout (EPIPE) is no outage.
const POSTGRES_MESSAGES = [/^Connection terminated/, /^Client has encountered a connection error and is not queryable$/];

export const isDatabaseConnectionLoss = (error: unknown): boolean =>
  anyNested(error, (candidate) => {
    const code = codeOf(candidate);
    return (code !== undefined && POSTGRES_CODE.test(code)) || messageMatches(candidate, POSTGRES_MESSAGES);
  });

export type OutageErrorCode = 'SERVICE_UNAVAILABLE';

// The database or Redis is unreachable: the caller should try again later, and stays signed in.
export class ServiceUnavailableError extends DomainError<OutageErrorCode> {
  readonly retryAfterSeconds = RETRY_AFTER_SECONDS;

  constructor(readonly reason: unknown) {
    super('SERVICE_UNAVAILABLE', 'Doorbraak is temporarily unavailable. Try again in a few seconds.');
  }
}

export const serviceUnavailable = (reason: unknown): ServiceUnavailableError => new ServiceUnavailableError(reason);

// For catch blocks on a request path: an outage becomes a ServiceUnavailableError, anything else stays as it was.
export const asOutage = (error: unknown): unknown =>
  error instanceof ServiceUnavailableError || !isConnectivityError(error) ? error : serviceUnavailable(error);
