import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  assertNoEviction,
  ConfigError,
  createRedisConnection,
  createStartupLogger,
  loadConfig,
  RedisPolicyError,
  rideOutConnectionLoss,
  useStructuredLogger,
  watchRedis,
} from '@doorbraak/server-core';
import { assertAppendOnly } from './redis-persistence';
import { stopOnSignals } from './shutdown';
import { WorkerModule } from './worker.module';

// One log line per event, also for a failure before the application exists (once the configuration
// says which format).
let logger: ReturnType<typeof createStartupLogger> | undefined;

// A connection PostgreSQL drops must not end the process where no one listened for it.
rideOutConnectionLoss();

const bootstrap = async (): Promise<void> => {
  const config = loadConfig();
  logger = createStartupLogger(config.nodeEnv, 'worker');
  const redis = watchRedis(createRedisConnection(config.redisUrl), 'start-up check');
  try {
    await assertNoEviction(redis);
    await assertAppendOnly(redis);
  } finally {
    redis.disconnect();
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger, bufferLogs: true });
  useStructuredLogger(app);
  stopOnSignals(app);
  Logger.log('worker running', 'Worker');
};

bootstrap().catch((error: unknown) => {
  // A configuration or Redis policy error is the operator's to fix: its message says what, without a stack.
  if (error instanceof ConfigError || error instanceof RedisPolicyError) {
    process.stderr.write(`${error.message}\n`);
  } else if (logger) {
    logger.fatal({ err: error }, 'worker did not start', 'Worker');
  } else {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
