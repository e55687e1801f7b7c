import { BullModule, InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, Module, type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DEFAULT_JOB_OPTIONS, QUEUES } from '@doorbraak/server-core';
import { EscalationFailuresResolver } from './graphql/escalation-failures.resolver';

export const ESCALATION_RESOLVERS = [EscalationFailuresResolver];

// A Redis that is away is the health check's to report; the queue only notes it in the log.
@Injectable()
class QueueConnectionLog implements OnModuleInit {
  private readonly logger = new Logger('EscalationQueue');

  constructor(@InjectQueue(QUEUES.escalation) private readonly queue: Queue) {}

  onModuleInit(): void {
    this.queue.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
  }
}

// The API's side of escalation: what an administrator reads about the queue.
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.escalation, defaultJobOptions: DEFAULT_JOB_OPTIONS })],
  providers: [...ESCALATION_RESOLVERS, QueueConnectionLog],
})
export class EscalationApiModule {}
