import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { APP_CONFIG, type AppConfig } from '@doorbraak/server-core';
import { closeLivePubSub, createLivePubSub, LIVE_PUBSUB } from './live-pubsub';
import { LivePublisher } from './live-publisher';

// Live events through Redis, so that a change made by any API process or by the worker reaches the
// browsers connected to every API process. Import it where events are recorded or subscribed to.
@Module({
  providers: [
    { provide: LIVE_PUBSUB, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createLivePubSub(config.redisUrl) },
    LivePublisher,
  ],
  exports: [LIVE_PUBSUB],
})
export class LiveEventsModule implements OnApplicationShutdown {
  constructor(@Inject(LIVE_PUBSUB) private readonly pubsub: RedisPubSub) {}

  async onApplicationShutdown(): Promise<void> {
    await closeLivePubSub(this.pubsub);
  }
}
