import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { BEVRIJDINGSDAG_RULES, type BevrijdingsdagRule } from '@doorbraak/domain';

const JWT_SECRET_MIN_LENGTH = 32;

const isoDuration = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

const urlWithProtocol = (protocols: readonly string[]) =>
  z
    .string()
    .url()
    .refine((value) => protocols.includes(new URL(value).protocol), {
      message: `must start with ${protocols.join(' or ')}//`,
    });

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // The address the API and the worker's /health listen on; unset, every interface. Behind a proxy on the
  // same machine, 127.0.0.1 keeps the replicas reachable through the proxy only.
  HOST: z
    .string()
    .refine((value) => isIP(value) !== 0 || value === 'localhost', { message: 'must be an IP address (127.0.0.1, 0.0.0.0, ::) or localhost' })
    .optional(),
  // 0: any free port (the worker logs which).
  WORKER_HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  DATABASE_URL: urlWithProtocol(['postgres:', 'postgresql:']),
  REDIS_URL: urlWithProtocol(['redis:', 'rediss:']),
  ESCALATION_SWEEP_EVERY: z.string().regex(isoDuration, 'must be an ISO-8601 duration such as PT1M').default('PT1M'),
  // How often an escalation job is tried, and the first retry's delay (doubling after that), before it fails for good.
  ESCALATION_JOB_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  ESCALATION_JOB_BACKOFF: z.string().regex(isoDuration, 'must be an ISO-8601 duration such as PT1S').default('PT1S'),
  WEB_URL: z.string().url().default('http://localhost:4200'),
  // Whether 5 May counts as a holiday for stall times every year or only in lustrum years.
  ESCALATION_BEVRIJDINGSDAG: z.enum(BEVRIJDINGSDAG_RULES).default('EVERY_YEAR'),
  JWT_SECRET: z.string().min(JWT_SECRET_MIN_LENGTH, `must be at least ${JWT_SECRET_MIN_LENGTH} characters`).optional(),
  // Where local state lives (the private databases, the generated JWT secret); the scripts set it.
  DOORBRAAK_DATA_DIR: z.string().min(1).optional(),
  OIDC_ISSUER_URL: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  SMTP_URL: urlWithProtocol(['smtp:', 'smtps:']).optional(),
  SMTP_FROM: z.string().min(3).default('Doorbraak <noreply@doorbraak.nl>'),
  TRUST_PROXY: z
    .string()
    .transform((value, context) => {
      const trusted = trustProxy(value);
      if (trusted === null) {
        context.addIssue({
          code: 'custom',
          message: 'must be the number of proxies in front of the API (1 for one) or a comma-separated list of their addresses or subnets (10.0.0.0/8, loopback)',
        });
        return z.NEVER;
      }
      return trusted;
    })
    .optional(),
});

// Outside production without JWT_SECRET, a random secret is generated once into the git-ignored data
// folder and reused, so sessions survive restarts and the api, worker and scripts agree, while no known
// secret ships with the code. This one did ship once, in an earlier version: it is refused everywhere.
const FORMER_DEVELOPMENT_JWT_SECRET = 'doorbraak-development-only-secret-0123456789';
const JWT_SECRET_FILE = 'jwt-secret';

// Reads the data folder's secret, or makes it. Concurrent first starts (api and worker side by side)
// agree: the secret is written to a private temporary file and linked into place, which only one wins.
export const localJwtSecret = (dataDir: string): string => {
  const file = join(dataDir, JWT_SECRET_FILE);
  const read = (): string | null => {
    try {
      return readFileSync(file, 'utf8').trim();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return null;
      }
      throw error;
    }
  };
  let secret = read();
  if (secret === null) {
    mkdirSync(dataDir, { recursive: true });
    const temporary = join(dataDir, `.${JWT_SECRET_FILE}-${process.pid}-${randomBytes(6).toString('hex')}`);
    writeFileSync(temporary, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600 });
    try {
      linkSync(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    } finally {
      unlinkSync(temporary);
    }
    secret = read();
  }
  if (!secret || secret.length < JWT_SECRET_MIN_LENGTH) {
    throw new ConfigError([`${file} does not hold a secret of at least ${JWT_SECRET_MIN_LENGTH} characters: delete it to have a new one made, or set JWT_SECRET`]);
  }
  return secret;
};

// Which proxies in front of the API may name the client (X-Forwarded-For), as Express's `trust proxy`:
// a number of hops, or their addresses and subnets. Never "true": then any client could name itself,
// and get round the sign-in limit per address.
export type TrustProxy = false | number | readonly string[];

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const isAddressOrSubnet = (entry: string): boolean => {
  if (PROXY_NAMES.has(entry)) {
    return true;
  }
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) {
    return false;
  }
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
};

// null: not a setting we take.
export const trustProxy = (value: string): TrustProxy | null => {
  const text = value.trim();
  if (text === '' || text === 'false' || text === '0') {
    return false;
  }
  if (/^\d+$/.test(text)) {
    return Number(text) <= 10 ? Number(text) : null;
  }
  const entries = text.split(',').map((entry) => entry.trim());
  return entries.every(isAddressOrSubnet) ? entries : null;
};

export type AppConfig = {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  host: string | undefined;
  workerHealthPort: number;
  databaseUrl: string;
  redisUrl: string;
  escalationSweepEvery: string;
  escalationJobAttempts: number;
  escalationJobBackoff: string;
  bevrijdingsdag: BevrijdingsdagRule;
  webUrl: string;
  jwtSecret: string;
  oidc: OidcConfig | null;
  smtp: { url: string; from: string } | null;
  trustProxy: TrustProxy;
};

export type OidcConfig = { issuerUrl: string; clientId: string; clientSecret: string };

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

// Checked once at boot; names every bad variable at once.
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): AppConfig => {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const value = env[name];
        return value === undefined ? `${name} is missing: ${issue.message}` : `${name}=${JSON.stringify(value)} ${issue.message}`;
      }),
    );
  }
  const values = parsed.data;
  const problems: string[] = [];
  if (values.NODE_ENV === 'production' && !values.JWT_SECRET) {
    problems.push(`JWT_SECRET is missing: it is required in production (a random string of at least ${JWT_SECRET_MIN_LENGTH} characters)`);
  }
  if (values.JWT_SECRET === FORMER_DEVELOPMENT_JWT_SECRET) {
    problems.push('JWT_SECRET is the development secret an earlier version published: choose a random one');
  }
  const oidcValues = [values.OIDC_ISSUER_URL, values.OIDC_CLIENT_ID, values.OIDC_CLIENT_SECRET];
  if (oidcValues.some(Boolean) && !oidcValues.every(Boolean)) {
    problems.push('OIDC_ISSUER_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three or none');
  }
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return {
    nodeEnv: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    workerHealthPort: values.WORKER_HEALTH_PORT,
    databaseUrl: values.DATABASE_URL,
    redisUrl: values.REDIS_URL,
    escalationSweepEvery: values.ESCALATION_SWEEP_EVERY,
    escalationJobAttempts: values.ESCALATION_JOB_ATTEMPTS,
    escalationJobBackoff: values.ESCALATION_JOB_BACKOFF,
    bevrijdingsdag: values.ESCALATION_BEVRIJDINGSDAG,
    webUrl: values.WEB_URL,
    jwtSecret: values.JWT_SECRET ?? localJwtSecret(resolve(values.DOORBRAAK_DATA_DIR ?? join(process.cwd(), '.data'))),
    oidc:
      values.OIDC_ISSUER_URL && values.OIDC_CLIENT_ID && values.OIDC_CLIENT_SECRET
        ? { issuerUrl: values.OIDC_ISSUER_URL, clientId: values.OIDC_CLIENT_ID, clientSecret: values.OIDC_CLIENT_SECRET }
        : null,
    smtp: values.SMTP_URL ? { url: values.SMTP_URL, from: values.SMTP_FROM } : null,
    trustProxy: values.TRUST_PROXY ?? false,
  };
};

// Migrations and the seed run as the schema owner; the apps never need this URL.
export const loadAdminDatabaseUrl = (env: NodeJS.ProcessEnv = process.env): string =>
  env['DATABASE_ADMIN_URL'] ?? loadConfig(env).databaseUrl;
