import type { AppConfig } from '@doorbraak/server-core';

// Test files run side by side in several jest workers: each worker has a Redis database of its own
// (REDIS_URL's database for the first, the ones after it for the others), so no two files share queues.
export const testRedisUrl = (): string => {
  const url = new URL(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:56379');
  const worker = Number(process.env['JEST_WORKER_ID'] ?? '1');
  url.pathname = `/${Number(url.pathname.slice(1) || '0') + worker - 1}`;
  return url.toString();
};

export const testConfig = (overrides: Partial<AppConfig> & Pick<AppConfig, 'databaseUrl'>): AppConfig => ({
  nodeEnv: 'test',
  port: 0,
  host: '127.0.0.1',
  workerHealthPort: 0,
  redisUrl: testRedisUrl(),
  escalationSweepEvery: 'PT1M',
  escalationJobAttempts: 8,
  escalationJobBackoff: 'PT1S',
  bevrijdingsdag: 'EVERY_YEAR',
  webUrl: 'http://localhost:4200',
  trustProxy: false,
  jwtSecret: 'doorbraak-test-secret-0123456789-abcdefghijkl',
  oidc: null,
  smtp: null,
  ...overrides,
});
