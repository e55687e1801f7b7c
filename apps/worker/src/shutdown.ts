import { Logger, type INestApplicationContext } from '@nestjs/common';

// How long a stop may wait for the BullMQ workers, queues, Redis and PostgreSQL to close. A Redis
// that is away would make those closes wait for its return; past this bound the process exits
// anyway. Nothing is lost: a job cut short keeps its lock until it expires and is then taken up
// again (jobs are idempotent), and an open transaction rolls back with its connection.
export const SHUTDOWN_GRACE_MS = 5_000;

// Replaces Nest's shutdown hooks, whose close waits as long as a connection does. A second signal
// ends the process at once.
export const stopOnSignals = (app: INestApplicationContext, graceMs = SHUTDOWN_GRACE_MS): void => {
  const logger = new Logger('Worker');
  const stop = (signal: NodeJS.Signals): void => {
    process.removeListener('SIGTERM', stop);
    process.removeListener('SIGINT', stop);
    logger.log({ msg: 'worker stopping', signal });
    const deadline = setTimeout(() => {
      logger.warn({ msg: 'worker stopped before its connections closed', waitedMs: graceMs });
      process.exit(0);
    }, graceMs);
    deadline.unref();
    app.close().then(
      () => {
        logger.log({ msg: 'worker stopped' });
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ msg: 'worker stopped with an error while closing', err: error instanceof Error ? error : String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
};
