import { connectionLossHandler } from './connection-loss';

const setUp = () => {
  const seen: string[] = [];
  const exits: number[] = [];
  const handle = connectionLossHandler(
    {
      outage: (error, origin) => seen.push(`outage ${origin}: ${(error as Error).message}`),
      fatal: (error, origin) => seen.push(`fatal ${origin}: ${(error as Error).message}`),
    },
    (code) => exits.push(code),
  );
  return { seen, exits, handle };
};

// As pg reports a session the server ended (a shutdown), with its SQLSTATE.
const serverShutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01', severity: 'FATAL' });

describe('riding out a lost database connection that nobody was listening for', () => {
  it('notes a server that ended the session and keeps the process running', () => {
    const { seen, exits, handle } = setUp();
    handle(serverShutdown, 'uncaughtException');
    handle(new Error('Connection terminated unexpectedly'), 'unhandledRejection');
    expect(seen).toEqual([
      'outage uncaughtException: terminating connection due to administrator command',
      'outage unhandledRejection: Connection terminated unexpectedly',
    ]);
    expect(exits).toEqual([]);
  });

  it('ends the process for every other error, as Node would', () => {
    const { seen, exits, handle } = setUp();
    handle(new TypeError("Cannot read properties of undefined (reading 'id')"), 'uncaughtException');
    // A query that failed on its own (here a unique violation) is no outage either.
    handle(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }), 'unhandledRejection');
    // Nor a closed stdout: a process that can no longer write its log must not go on writing that it cannot.
    handle(Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' }), 'uncaughtException');
    expect(seen).toEqual([
      "fatal uncaughtException: Cannot read properties of undefined (reading 'id')",
      'fatal unhandledRejection: duplicate key value violates unique constraint',
      'fatal uncaughtException: write EPIPE',
    ]);
    expect(exits).toEqual([1, 1, 1]);
  });
});
