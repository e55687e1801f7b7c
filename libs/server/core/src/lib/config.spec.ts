import { ConfigError, loadConfig } from './config';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
  REDIS_URL: 'redis://127.0.0.1:6379',
};

const problemsOf = (env: NodeJS.ProcessEnv): readonly string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.problems;
    }
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('fills in sensible defaults around the two required URLs', () => {
    expect(loadConfig(valid)).toEqual({
      nodeEnv: 'development',
      port: 3000,
      workerHealthPort: 3001,
      databaseUrl: valid.DATABASE_URL,
      redisUrl: valid.REDIS_URL,
      escalationSweepEvery: 'PT1M',
      bevrijdingsdag: 'EVERY_YEAR',
      webUrl: 'http://localhost:4200',
      jwtSecret: expect.any(String),
      oidc: null,
      smtp: null,
    });
  });

  it('requires a JWT secret in production', () => {
    expect(problemsOf({ ...valid, NODE_ENV: 'production' })).toEqual([expect.stringMatching(/^JWT_SECRET is missing/)]);
    expect(loadConfig({ ...valid, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toBe('x'.repeat(32));
  });

  it('takes single sign-on only when it is configured completely', () => {
    expect(problemsOf({ ...valid, OIDC_ISSUER_URL: 'https://login.example.nl' })).toEqual([
      expect.stringMatching(/^OIDC_ISSUER_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together/),
    ]);
    expect(
      loadConfig({ ...valid, OIDC_ISSUER_URL: 'https://login.example.nl', OIDC_CLIENT_ID: 'doorbraak', OIDC_CLIENT_SECRET: 's' }).oidc,
    ).toEqual({ issuerUrl: 'https://login.example.nl', clientId: 'doorbraak', clientSecret: 's' });
  });

  it('reads the port as a number', () => {
    expect(loadConfig({ ...valid, PORT: '3100' }).port).toBe(3100);
  });

  it('names every missing variable at once', () => {
    const problems = problemsOf({});
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^DATABASE_URL is missing/);
    expect(problems[1]).toMatch(/^REDIS_URL is missing/);
  });

  it('names a wrong value with what was given', () => {
    const problems = problemsOf({ ...valid, REDIS_URL: 'http://localhost:6379', PORT: 'abc' });
    expect(problems).toEqual([expect.stringMatching(/^PORT="abc"/), expect.stringMatching(/^REDIS_URL="http:\/\/localhost:6379" must start with redis:/)]);
  });

  it('refuses a sweep interval that is not an ISO-8601 duration', () => {
    expect(problemsOf({ ...valid, ESCALATION_SWEEP_EVERY: '1 minute' })).toEqual([
      expect.stringMatching(/^ESCALATION_SWEEP_EVERY="1 minute" must be an ISO-8601 duration/),
    ]);
    expect(loadConfig({ ...valid, ESCALATION_SWEEP_EVERY: 'PT30S' }).escalationSweepEvery).toBe('PT30S');
  });

  it('counts Bevrijdingsdag every year or only in lustrum years, as configured', () => {
    expect(loadConfig({ ...valid, ESCALATION_BEVRIJDINGSDAG: 'LUSTRUM' }).bevrijdingsdag).toBe('LUSTRUM');
    expect(problemsOf({ ...valid, ESCALATION_BEVRIJDINGSDAG: 'NOOIT' })).toEqual([expect.stringMatching(/^ESCALATION_BEVRIJDINGSDAG="NOOIT"/)]);
  });

  it('refuses an unknown NODE_ENV', () => {
    expect(problemsOf({ ...valid, NODE_ENV: 'staging' })).toEqual([expect.stringMatching(/^NODE_ENV="staging"/)]);
  });
});
