import { Logger } from '@nestjs/common';
import type { JobSchedulerTemplateOptions, Queue, RepeatOptions } from 'bullmq';

export type KeptJobScheduler = {
  readonly id: string;
  readonly repeat: Omit<RepeatOptions, 'key'>;
  readonly template: { readonly name: string; readonly data: object; readonly opts: JobSchedulerTemplateOptions };
};

export type KeepJobSchedulersOptions = {
  // How often the schedulers are upserted again, should Redis ever lose them.
  readonly renewEveryMs: number;
  // The logger context, usually the calling service's class name.
  readonly loggerName: string;
  // What the warning says could not be renewed ("the meetings sweep").
  readonly what: string;
};

// Every worker upserts the same schedulers (the call is idempotent): one schedule, however many workers run.
// Upserts once before resolving, then renews on an unref'd interval; the returned function stops the renewal.
export async function keepJobSchedulers(
  queue: Queue,
  schedulers: readonly KeptJobScheduler[],
  options: KeepJobSchedulersOptions,
): Promise<() => void> {
  const logger = new Logger(options.loggerName);
  const upsert = async (): Promise<void> => {
    for (const { id, repeat, template } of schedulers) {
      await queue.upsertJobScheduler(id, repeat, template);
    }
  };
  await upsert();
  const timer = setInterval(() => {
    upsert().catch((error: unknown) => logger.warn(`could not renew ${options.what}: ${String(error)}`));
  }, options.renewEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}
