import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { assertNoEviction, ConfigError, createRedisConnection, loadConfig, RedisPolicyError } from '@doorbraak/server-core';
import { assertAppendOnly } from './redis-persistence';
import { stopOnSignals } from './shutdown';
import { WorkerModule } from './worker.module';

const bootstrap = async (): Promise<void> => {
  const config = loadConfig();
  const redis = createRedisConnection(config.redisUrl);
  try {
    await assertNoEviction(redis);
    await assertAppendOnly(redis);
  } finally {
    redis.disconnect();
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config));
  stopOnSignals(app);
  Logger.log('worker running', 'Worker');
};

bootstrap().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof RedisPolicyError;
  process.stderr.write(`${known ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
