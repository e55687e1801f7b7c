import type { Redis } from 'ioredis';

export class RedisPolicyError extends Error {}

// Queues lose jobs silently when Redis may evict keys; the worker refuses to run on such a server.
export const assertNoEviction = async (redis: Redis): Promise<void> => {
  const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as [string, string];
  if (policy !== 'noeviction') {
    throw new RedisPolicyError(
      `Redis maxmemory-policy is "${policy}"; the worker needs "noeviction" so queued jobs are never dropped.`,
    );
  }
};
