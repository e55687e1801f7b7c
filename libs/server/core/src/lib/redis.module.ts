import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from './config.module';
import type { AppConfig } from './config';

export const REDIS = Symbol('REDIS');

// BullMQ needs maxRetriesPerRequest null on connections that block.
export const createRedisConnection = (url: string): Redis => new Redis(url, { maxRetriesPerRequest: null });

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createRedisConnection(config.redisUrl),
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    // QUIT would wait forever for a server that is gone: only a connected client says goodbye.
    if (this.redis.status === 'ready') {
      await this.redis.quit();
    } else {
      this.redis.disconnect();
    }
  }
}
