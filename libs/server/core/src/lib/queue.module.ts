import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { Queue, Worker, type RedisOptions } from 'bullmq';
import { APP_CONFIG } from './config.module';
import type { AppConfig } from './config';
import { ConnectionErrorLog } from './logging/connection-errors';
import { REQUEST_REDIS_TIMEOUT_MS } from './redis.module';

const queueLog = new ConnectionErrorLog('Queues', 'Redis');

// A Redis that is away is the health check's to report. BullMQ re-emits every failed reconnect of its
// connections as an 'error' on the queue or worker, and prints it with its stack when nobody listens
// yet, which happens before any Nest hook runs: every queue and worker listens from its constructor.
class ObservedQueue extends Queue {
  constructor(...args: ConstructorParameters<typeof Queue>) {
    super(...args);
    this.on('error', (error: Error) => queueLog.failed(`queue ${this.name}`, error));
  }
}

class ObservedWorker extends Worker {
  constructor(...args: ConstructorParameters<typeof Worker>) {
    super(...args);
    this.on('error', (error: Error) => queueLog.failed(`worker ${this.name}`, error));
    this.on('ready', () => queueLog.recovered(`worker ${this.name}`));
  }
}

// Set before any feature module calls BullModule.registerQueue: they import this library first.
BullModule.queueClass = ObservedQueue;
BullModule.workerClass = ObservedWorker;

const connection = (config: AppConfig, extra: RedisOptions): RedisOptions => {
  const url = new URL(config.redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username || undefined,
    password: url.password || undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    ...extra,
  };
};

// The API only adds and reads jobs while it answers a request: with this module imported, its queue
// commands fail within the request-path timeout instead of waiting for Redis to come back.
export const QUEUE_PRODUCER_ONLY = Symbol('QUEUE_PRODUCER_ONLY');

// The offline queue stays: BullMQ closes a connection with QUIT, which fails without one while
// Redis is away, and the connection would then reconnect forever. The command timeout also runs
// for a command waiting in that queue.
const PRODUCER_CONNECTION = { commandTimeout: REQUEST_REDIS_TIMEOUT_MS, maxRetriesPerRequest: 1 };

@Global()
@Module({ providers: [{ provide: QUEUE_PRODUCER_ONLY, useValue: true }], exports: [QUEUE_PRODUCER_ONLY] })
export class QueueProducerOnlyModule {}

// One BullMQ connection setting for API (producer) and worker (consumer, whose connections wait for
// Redis as long as it takes, as BullMQ requires).
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG, { token: QUEUE_PRODUCER_ONLY, optional: true }],
      useFactory: (config: AppConfig, producerOnly?: boolean) => ({
        connection: connection(config, producerOnly ? PRODUCER_CONNECTION : { maxRetriesPerRequest: null }),
      }),
    }),
  ],
  exports: [BullModule],
})
export class QueueModule {}
