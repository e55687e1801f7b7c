import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';
import { APP_CONFIG } from './config.module';
import type { AppConfig } from './config';
import { watchRedis } from './logging/connection-errors';

export const REDIS = Symbol('REDIS');

// Redis on a request path (sign-in limits, the health check): a command that gets no answer within
// this time fails, so a request answers within 2 seconds whatever Redis does.
export const REQUEST_REDIS = Symbol('REQUEST_REDIS');

export const REQUEST_REDIS_TIMEOUT_MS = 1_000;

// BullMQ needs maxRetriesPerRequest null on connections that block.
export const createRedisConnection = (url: string): Redis => new Redis(url, { maxRetriesPerRequest: null });

// No offline queue and a single retry: while Redis is away a command fails at once instead of
// waiting for it; one that was sent but not answered fails after the command timeout.
export const REQUEST_REDIS_OPTIONS = {
  commandTimeout: REQUEST_REDIS_TIMEOUT_MS,
  connectTimeout: REQUEST_REDIS_TIMEOUT_MS,
  maxRetriesPerRequest: 1,
  enableOfflineQueue: false,
} satisfies RedisOptions;

export const createRequestRedisConnection = async (url: string): Promise<Redis> => {
  const client = watchRedis(new Redis(url, { ...REQUEST_REDIS_OPTIONS, lazyConnect: true }), 'request path');
  // Without an offline queue, commands before the first connection would fail: connect first. A Redis
  // that is down at start-up does not stop the API (the client keeps reconnecting; /health says so).
  await client.connect().catch(() => undefined);
  return client;
};

const close = async (redis: Redis): Promise<void> => {
  // QUIT would wait forever for a server that is gone: only a connected client says goodbye.
  if (redis.status === 'ready') {
    await redis.quit().catch(() => redis.disconnect());
  } else {
    redis.disconnect();
  }
};

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => watchRedis(createRedisConnection(config.redisUrl), 'shared connection'),
    },
    {
      provide: REQUEST_REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createRequestRedisConnection(config.redisUrl),
    },
  ],
  exports: [REDIS, REQUEST_REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REQUEST_REDIS) private readonly requestRedis: Redis,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([close(this.redis), close(this.requestRedis)]);
  }
}
