import { BullModule } from '@nestjs/bullmq';
import { Global, Logger, Module } from '@nestjs/common';
import { Queue, Worker, type Job, type RedisOptions } from 'bullmq';
import { APP_CONFIG } from './config.module';
import type { AppConfig } from './config';
import { ConnectionErrorLog } from './logging/connection-errors';
import { JOBS } from './queues';
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

const jobLogger = new Logger('Jobs');

// Jobs whose failure for good their feature announces itself at error level (with an alert).
const ANNOUNCED_FAILURES: readonly string[] = [JOBS.escalation.escalate];

// The ids a job carries (item, meeting, notification, ...), to find what it was about.
const idsOf = (data: unknown): Record<string, string> =>
  typeof data === 'object' && data !== null
    ? Object.fromEntries(Object.entries(data).filter((entry): entry is [string, string] => entry[0].endsWith('Id') && typeof entry[1] === 'string'))
    : {};

// One line per failed attempt: a warning while BullMQ will try again, an error once it gave up.
const logFailure = (queue: string, job: Job | undefined, error: Error): void => {
  const attempts = job?.opts.attempts ?? 1;
  const forGood = !job || typeof job.finishedOn === 'number';
  if (forGood && job && ANNOUNCED_FAILURES.includes(job.name)) {
    return;
  }
  const line = { queue, job: job?.name, jobId: job?.id, ...idsOf(job?.data), attempt: job ? `${job.attemptsMade}/${attempts}` : undefined, err: error };
  if (forGood) {
    jobLogger.error(line, 'job failed for good');
  } else {
    jobLogger.warn(line, 'job failed; it will be tried again');
  }
};

class ObservedWorker extends Worker {
  constructor(...args: ConstructorParameters<typeof Worker>) {
    super(...args);
    this.on('error', (error: Error) => queueLog.failed(`worker ${this.name}`, error));
    this.on('ready', () => queueLog.recovered(`worker ${this.name}`));
    this.on('failed', (job: Job | undefined, error: Error) => logFailure(this.name, job, error));
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
