import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

// Every test's generated JWT secret goes to a folder of its own, never the checkout's data folder.
const dataDirs: string[] = [];
const newDataDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'doorbraak-config-'));
  dataDirs.push(dir);
  return dir;
};
afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
  REDIS_URL: 'redis://127.0.0.1:6379',
  DOORBRAAK_DATA_DIR: newDataDir(),
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
      host: undefined,
      workerHealthPort: 3001,
      databaseUrl: valid.DATABASE_URL,
      redisUrl: valid.REDIS_URL,
      escalationSweepEvery: 'PT1M',
      escalationJobAttempts: 8,
      escalationJobBackoff: 'PT1S',
      bevrijdingsdag: 'EVERY_YEAR',
      webUrl: 'http://localhost:4200',
      jwtSecret: expect.any(String),
      oidc: null,
      smtp: null,
      trustProxy: false,
    });
  });

  it('listens on the address given as HOST, and refuses one that is no address', () => {
    expect(loadConfig({ ...valid, HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(loadConfig({ ...valid, HOST: '::' }).host).toBe('::');
    expect(problemsOf({ ...valid, HOST: 'example.org; rm' })).toEqual([expect.stringMatching(/^HOST="example.org; rm" must be an IP address/)]);
  });

  it('takes the proxies that may name the client as a number of hops or their addresses, never as "true"', () => {
    expect(loadConfig(valid).trustProxy).toBe(false);
    expect(loadConfig({ ...valid, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ ...valid, TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8, 192.168.1.7' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '192.168.1.7',
    ]);
    for (const bad of ['true', 'yes', '10.0.0.0/33', '300.1.1.1', '11']) {
      expect(() => loadConfig({ ...valid, TRUST_PROXY: bad })).toThrow(`TRUST_PROXY=${JSON.stringify(bad)} must be the number of proxies`);
    }
  });

  it('requires a JWT secret of at least 32 characters in production, and makes none up there', () => {
    const dataDir = newDataDir();
    expect(problemsOf({ ...valid, DOORBRAAK_DATA_DIR: dataDir, NODE_ENV: 'production' })).toEqual([expect.stringMatching(/^JWT_SECRET is missing/)]);
    expect(problemsOf({ ...valid, DOORBRAAK_DATA_DIR: dataDir, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(31) })).toEqual([
      expect.stringMatching(/^JWT_SECRET="x+" must be at least 32 characters/),
    ]);
    expect(readdirSync(dataDir)).toEqual([]);
    expect(loadConfig({ ...valid, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toBe('x'.repeat(32));
  });

  it('refuses the development secret an earlier version published, in every environment', () => {
    for (const NODE_ENV of ['production', 'development']) {
      expect(problemsOf({ ...valid, NODE_ENV, JWT_SECRET: 'doorbraak-development-only-secret-0123456789' })).toEqual([
        expect.stringMatching(/^JWT_SECRET is the development secret an earlier version published/),
      ]);
    }
  });

  it('generates a random JWT secret once into the data folder outside production, and reuses it', () => {
    const dataDir = join(newDataDir(), 'not-yet-there');
    const first = loadConfig({ ...valid, DOORBRAAK_DATA_DIR: dataDir }).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    // Only the owner may read it, and no temporary file is left behind.
    expect(readdirSync(dataDir)).toEqual(['jwt-secret']);
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    // The next start, and the worker or a script beside it, use the same secret.
    expect(loadConfig({ ...valid, DOORBRAAK_DATA_DIR: dataDir, NODE_ENV: 'test' }).jwtSecret).toBe(first);
    // Another installation gets another secret.
    expect(loadConfig({ ...valid, DOORBRAAK_DATA_DIR: newDataDir() }).jwtSecret).not.toBe(first);
  });

  it('prefers JWT_SECRET over the data folder, which it then leaves alone', () => {
    const dataDir = newDataDir();
    expect(loadConfig({ ...valid, DOORBRAAK_DATA_DIR: dataDir, JWT_SECRET: 'y'.repeat(40) }).jwtSecret).toBe('y'.repeat(40));
    expect(existsSync(join(dataDir, 'jwt-secret'))).toBe(false);
  });

  it('names a damaged secret file instead of using it', () => {
    const dataDir = newDataDir();
    writeFileSync(join(dataDir, 'jwt-secret'), 'short\n');
    expect(problemsOf({ ...valid, DOORBRAAK_DATA_DIR: dataDir })).toEqual([expect.stringMatching(/jwt-secret does not hold a secret of at least 32 characters/)]);
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

  it('takes the attempts and first retry delay of escalation jobs, refusing nonsense', () => {
    expect(loadConfig({ ...valid, ESCALATION_JOB_ATTEMPTS: '3', ESCALATION_JOB_BACKOFF: 'PT0.5S' })).toEqual(
      expect.objectContaining({ escalationJobAttempts: 3, escalationJobBackoff: 'PT0.5S' }),
    );
    expect(problemsOf({ ...valid, ESCALATION_JOB_ATTEMPTS: '0', ESCALATION_JOB_BACKOFF: '1s' })).toEqual([
      expect.stringMatching(/^ESCALATION_JOB_ATTEMPTS="0"/),
      expect.stringMatching(/^ESCALATION_JOB_BACKOFF="1s" must be an ISO-8601 duration/),
    ]);
  });

  it('counts Bevrijdingsdag every year or only in lustrum years, as configured', () => {
    expect(loadConfig({ ...valid, ESCALATION_BEVRIJDINGSDAG: 'LUSTRUM' }).bevrijdingsdag).toBe('LUSTRUM');
    expect(problemsOf({ ...valid, ESCALATION_BEVRIJDINGSDAG: 'NOOIT' })).toEqual([expect.stringMatching(/^ESCALATION_BEVRIJDINGSDAG="NOOIT"/)]);
  });

  it('refuses an unknown NODE_ENV', () => {
    expect(problemsOf({ ...valid, NODE_ENV: 'staging' })).toEqual([expect.stringMatching(/^NODE_ENV="staging"/)]);
  });
});
