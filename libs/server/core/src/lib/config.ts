import { z } from 'zod';
import { BEVRIJDINGSDAG_RULES, type BevrijdingsdagRule } from '@doorbraak/domain';

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
  WORKER_HEALTH_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  DATABASE_URL: urlWithProtocol(['postgres:', 'postgresql:']),
  REDIS_URL: urlWithProtocol(['redis:', 'rediss:']),
  ESCALATION_SWEEP_EVERY: z.string().regex(isoDuration, 'must be an ISO-8601 duration such as PT1M').default('PT1M'),
  WEB_URL: z.string().url().default('http://localhost:4200'),
  // Whether 5 May counts as a holiday for stall times every year or only in lustrum years.
  ESCALATION_BEVRIJDINGSDAG: z.enum(BEVRIJDINGSDAG_RULES).default('EVERY_YEAR'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  OIDC_ISSUER_URL: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  SMTP_URL: urlWithProtocol(['smtp:', 'smtps:']).optional(),
  SMTP_FROM: z.string().min(3).default('Doorbraak <noreply@doorbraak.nl>'),
});

// Outside production a fixed secret keeps local sessions valid across restarts.
const DEVELOPMENT_JWT_SECRET = 'doorbraak-development-only-secret-0123456789';

export type AppConfig = {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  workerHealthPort: number;
  databaseUrl: string;
  redisUrl: string;
  escalationSweepEvery: string;
  bevrijdingsdag: BevrijdingsdagRule;
  webUrl: string;
  jwtSecret: string;
  oidc: OidcConfig | null;
  smtp: { url: string; from: string } | null;
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
    problems.push('JWT_SECRET is missing: it is required in production');
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
    workerHealthPort: values.WORKER_HEALTH_PORT,
    databaseUrl: values.DATABASE_URL,
    redisUrl: values.REDIS_URL,
    escalationSweepEvery: values.ESCALATION_SWEEP_EVERY,
    bevrijdingsdag: values.ESCALATION_BEVRIJDINGSDAG,
    webUrl: values.WEB_URL,
    jwtSecret: values.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    oidc:
      values.OIDC_ISSUER_URL && values.OIDC_CLIENT_ID && values.OIDC_CLIENT_SECRET
        ? { issuerUrl: values.OIDC_ISSUER_URL, clientId: values.OIDC_CLIENT_ID, clientSecret: values.OIDC_CLIENT_SECRET }
        : null,
    smtp: values.SMTP_URL ? { url: values.SMTP_URL, from: values.SMTP_FROM } : null,
  };
};

// Migrations and the seed run as the schema owner; the apps never need this URL.
export const loadAdminDatabaseUrl = (env: NodeJS.ProcessEnv = process.env): string =>
  env['DATABASE_ADMIN_URL'] ?? loadConfig(env).databaseUrl;
