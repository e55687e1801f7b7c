import type { Redis } from 'ioredis';
import { RedisPolicyError } from '@doorbraak/server-core';

// Jobs queued since the last snapshot would vanish with a restart: the worker wants the append-only file.
export const assertAppendOnly = async (redis: Redis): Promise<void> => {
  const [, appendonly] = (await redis.config('GET', 'appendonly')) as [string, string];
  if (appendonly !== 'yes') {
    throw new RedisPolicyError(
      `Redis appendonly is "${appendonly}"; the worker needs append-only persistence ("appendonly yes") so a restart loses no jobs.`,
    );
  }
};
