import { z } from 'zod';

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
});

export type AppConfig = {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  workerHealthPort: number;
  databaseUrl: string;
  redisUrl: string;
  escalationSweepEvery: string;
  webUrl: string;
};

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
  return {
    nodeEnv: values.NODE_ENV,
    port: values.PORT,
    workerHealthPort: values.WORKER_HEALTH_PORT,
    databaseUrl: values.DATABASE_URL,
    redisUrl: values.REDIS_URL,
    escalationSweepEvery: values.ESCALATION_SWEEP_EVERY,
    webUrl: values.WEB_URL,
  };
};
