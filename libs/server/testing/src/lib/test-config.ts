import type { AppConfig } from '@doorbraak/server-core';

export const testRedisUrl = (): string => process.env['REDIS_URL'] ?? 'redis://127.0.0.1:56379';

export const testConfig = (overrides: Partial<AppConfig> & Pick<AppConfig, 'databaseUrl'>): AppConfig => ({
  nodeEnv: 'test',
  port: 0,
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
