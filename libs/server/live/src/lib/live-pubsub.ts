import { Logger } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import type { LiveEventName, LiveEventPayloads } from './live-events';

export const LIVE_PUBSUB = Symbol('LIVE_PUBSUB');

// Redis channels are shared by all of a server's databases: the database number in the name keeps
// a test run, the browser tests and a local `npm start` on one Redis from hearing each other.
export const liveChannel = (redisUrl: string, name: LiveEventName): string => {
  const database = new URL(redisUrl).pathname.replace(/^\//, '') || '0';
  return `doorbraak:live:${database}:${name}`;
};

// While Redis is away ioredis reports every reconnect attempt: say it once, and say when it is back.
const watched = (client: Redis, role: string, logger: Logger): Redis => {
  let down = false;
  client.on('error', (error: Error) => {
    if (!down) {
      down = true;
      logger.warn(`Redis ${role} connection failed (${error.message}); live updates wait until it is back`);
    }
  });
  client.on('ready', () => {
    if (down) {
      down = false;
      logger.log(`Redis ${role} connection is back`);
    }
  });
  return client;
};

// Its own two connections: a subscribed connection can do nothing else, and publishing must not wait
// behind the queues' blocking commands. A publish while Redis is away fails after one retry.
export const createLivePubSub = (redisUrl: string, logger = new Logger('LiveEvents')): RedisPubSub =>
  new RedisPubSub({
    publisher: watched(new Redis(redisUrl, { maxRetriesPerRequest: 1 }), 'publisher', logger),
    subscriber: watched(new Redis(redisUrl, { maxRetriesPerRequest: null }), 'subscriber', logger),
  });

// One live event stream for a subscription resolver.
export const liveIterator = <K extends LiveEventName>(pubsub: RedisPubSub, redisUrl: string, name: K): AsyncIterator<LiveEventPayloads[K]> =>
  pubsub.asyncIterator<LiveEventPayloads[K]>(liveChannel(redisUrl, name));

export const closeLivePubSub = async (pubsub: RedisPubSub): Promise<void> => {
  for (const client of [pubsub.getPublisher(), pubsub.getSubscriber()]) {
    // QUIT would wait for a server that is gone: only a connected client says goodbye.
    if (client.status === 'ready') {
      await client.quit().catch(() => client.disconnect());
    } else {
      client.disconnect();
    }
  }
};
