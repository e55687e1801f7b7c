export type HealthCheck = 'up' | 'down';

export type Health = { status: 'ok' | 'unavailable'; postgres: HealthCheck; redis: HealthCheck };

const PROBE_TIMEOUT_MS = 2_000;

// A server that does not answer in time counts as down: the probe must never hang.
const probe = async (check: () => Promise<unknown>): Promise<HealthCheck> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
};

// What the API's and the worker's /health report: ok only when both PostgreSQL and Redis answer.
export const checkHealth = async (checks: { postgres: () => Promise<unknown>; redis: () => Promise<unknown> }): Promise<Health> => {
  const [postgres, redis] = await Promise.all([probe(checks.postgres), probe(checks.redis)]);
  return { status: postgres === 'up' && redis === 'up' ? 'ok' : 'unavailable', postgres, redis };
};
