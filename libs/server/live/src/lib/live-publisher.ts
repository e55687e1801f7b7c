import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import type { DataSource, EntitySubscriberInterface, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@doorbraak/server-core';
import { liveChannel, LIVE_PUBSUB } from './live-pubsub';
import { takePending, type LiveEvent, type LiveEventSink } from './live-events';

// Publishes the events a transaction recorded (publishAfterCommit) once it has committed, so no one
// hears of a change that was rolled back, or before it can be read. Registered with the DataSource
// as a TypeORM subscriber to its transactions.
@Injectable()
export class LivePublisher implements EntitySubscriberInterface, LiveEventSink {
  private readonly logger = new Logger('LiveEvents');

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(LIVE_PUBSUB) private readonly pubsub: RedisPubSub,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    dataSource.subscribers.push(this);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A released savepoint is not a commit: wait for the outermost transaction.
    if (!event.queryRunner.isTransactionActive) {
      this.publishNow(takePending(event.queryRunner));
    }
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) {
      takePending(event.queryRunner);
    }
  }

  // Never awaited by the writer: its change is committed, and a live update is a courtesy that the
  // next read makes good. A failure is logged, not thrown.
  publishNow(events: readonly LiveEvent[]): void {
    for (const { name, payload } of events) {
      this.pubsub.publish(liveChannel(this.config.redisUrl, name), payload).catch((error: unknown) => {
        this.logger.warn(`could not publish ${name}: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
  }
}
