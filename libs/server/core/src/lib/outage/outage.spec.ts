import { MaxRetriesPerRequestError } from 'ioredis/built/errors';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { asOutage, isConnectivityError, ServiceUnavailableError } from './outage';

const withCode = (message: string, code: string): Error => Object.assign(new Error(message), { code });
const failedQuery = (driverError: Error): QueryFailedError => new QueryFailedError('SELECT 1', [], driverError);

describe('isConnectivityError', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a refused connection on every address of a host', Object.assign(new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')]), { code: undefined })],
    ['a connection the server dropped', new Error('Connection terminated unexpectedly')],
    ['a connect that timed out', new Error('Connection terminated due to connection timeout', { cause: new Error('timeout expired') })],
    ['no free connection in the pool in time', new Error('timeout exceeded when trying to connect')],
    ['a server that stopped answering', new Error('Query read timeout')],
    ['a server shut down by its operator (57P01)', failedQuery(withCode('terminating connection due to administrator command', '57P01'))],
    ['a server still starting (57P03)', withCode('the database system is starting up', '57P03')],
    ['a connection failure (08006)', failedQuery(withCode('connection failure', '08006'))],
    // TypeORM releases a transaction's query runner when its connection fails; the next statement finds it released.
    ['the next statement of a transaction whose connection the server ended', new QueryRunnerAlreadyReleasedError()],
    ["the next use of that transaction's entity manager", new QueryRunnerProviderAlreadyReleasedError()],
    ['a Redis command without an answer', new Error('Command timed out')],
    ['a Redis that is away, without an offline queue', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
    ['a Redis that is away, after its retries', new MaxRetriesPerRequestError(1)],
    ['a Redis connection that closed', new Error('Connection is closed.')],
  ])('is true for %s', (_name, error) => {
    expect(isConnectivityError(error)).toBe(true);
  });

  it.each([
    ['invalid input syntax (22P02)', failedQuery(withCode('invalid input syntax for type uuid: "x"', '22P02'))],
    ['a unique violation (23505)', failedQuery(withCode('duplicate key value violates unique constraint', '23505'))],
    ['a statement timeout (57014)', failedQuery(withCode('canceling statement due to statement timeout', '57014'))],
    ['a NUL character in a string (22021)', failedQuery(withCode('invalid byte sequence for encoding "UTF8": 0x00', '22021'))],
    ['a Redis reply error', new Error('WRONGTYPE Operation against a key holding the wrong kind of value')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['something that is not an error', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('is false for %s', (_name, error) => {
    expect(isConnectivityError(error)).toBe(false);
  });

  it('does not loop on an error that is its own cause', () => {
    const error = new Error('odd') as Error & { cause?: unknown };
    error.cause = error;
    expect(isConnectivityError(error)).toBe(false);
  });
});

describe('asOutage', () => {
  it('turns a connectivity error into SERVICE_UNAVAILABLE and leaves every other error as it was', () => {
    const refused = withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED');
    const outage = asOutage(refused);
    expect(outage).toBeInstanceOf(ServiceUnavailableError);
    expect(outage).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: refused, retryAfterSeconds: 5 });
    expect(asOutage(outage)).toBe(outage);
    const bug = new TypeError('bug');
    expect(asOutage(bug)).toBe(bug);
  });
});
