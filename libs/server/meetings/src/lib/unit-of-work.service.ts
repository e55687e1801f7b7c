import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { NotificationsService } from '@doorbraak/server-notifications';

// What a change sets in motion once it is committed: e-mail for new notifications, jobs to plan or withdraw.
export class AfterCommit {
  readonly notificationIds: string[] = [];
  readonly tasks: (() => Promise<void>)[] = [];

  notified(ids: readonly string[]): void {
    this.notificationIds.push(...ids);
  }

  then(task: () => Promise<void>): void {
    this.tasks.push(task);
  }
}

// One transaction per change (with its audit entry), then the queue work. Queue work after the commit
// never sees a row that is not there; if Redis fails at that moment the change stands and the sweeps
// (notifications every minute, meetings every hour) plan what was missed.
@Injectable()
export class UnitOfWork {
  private readonly logger = new Logger(UnitOfWork.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async run<T>(work: (manager: EntityManager, after: AfterCommit) => Promise<T>): Promise<T> {
    const after = new AfterCommit();
    const result = await this.dataSource.transaction((manager) => work(manager, after));
    try {
      await this.notifications.dispatch(after.notificationIds);
      for (const task of after.tasks) {
        await task();
      }
    } catch (error) {
      this.logger.warn(`queue work after commit failed; the sweeps will repair it: ${String(error)}`);
    }
    return result;
  }
}
