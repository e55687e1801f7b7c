import { Queue } from 'bullmq';
import { createRedisConnection } from '@doorbraak/server-core';
import { testRedisUrl } from './test-config';

// Jobs a test planned in its Redis database must not outlive it (nor reach the next test's worker), nor the
// repeating schedules a worker set up (the sweeps).
export const obliterateQueues = async (names: readonly string[]): Promise<void> => {
  const connection = createRedisConnection(testRedisUrl());
  try {
    for (const name of names) {
      const queue = new Queue(name, { connection });
      for (const scheduler of await queue.getJobSchedulers()) {
        await queue.removeJobScheduler(scheduler.key);
      }
      await queue.obliterate({ force: true });
      await queue.close();
    }
  } finally {
    connection.disconnect();
  }
};
