import { ConnectionErrorLog } from '../logging/connection-errors';
import { isDatabaseConnectionLoss } from './outage';

export type ConnectionLossLog = {
  // The process goes on: the pools reconnect by themselves, and the health check reports the outage meanwhile.
  outage: (error: unknown, origin: string) => void;
  // Anything else is a defect: the process ends, as it would without this handler.
  fatal: (error: unknown, origin: string) => void;
};

// A connection that PostgreSQL drops can surface where no one listens: a pooled client's error that arrives
// between two owners, say, when the server shuts down while jobs are in flight. Left alone, Node ends the
// process for it, and a worker that should carry on once the database is back is gone. Such an error is an
// outage to ride out; every other uncaught error or unhandled rejection (a closed stdout's EPIPE too) still
// ends the process (exit code 1).
export const connectionLossHandler =
  (log: ConnectionLossLog, exit: (code: number) => void = (code) => process.exit(code)) =>
  (error: unknown, origin: string): void => {
    if (isDatabaseConnectionLoss(error)) {
      log.outage(error, origin);
      return;
    }
    log.fatal(error, origin);
    exit(1);
  };

// For a process's entry point. Unhandled rejections reach the same handler (Node's default: a rejection
// nobody handles is thrown). The outage is a warning line (at most one a minute, as for the pool's own
// errors); a defect is written to stderr at once, as Node would, before the process ends.
export const rideOutConnectionLoss = (): void => {
  const log = new ConnectionErrorLog('Database', 'PostgreSQL');
  process.on(
    'uncaughtException',
    connectionLossHandler({
      outage: (error, origin) => log.failed(`a connection outside any request or job (${origin})`, error as Error),
      fatal: (error, origin) => process.stderr.write(`${origin}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
    }),
  );
};
