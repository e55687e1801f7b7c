import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';

// A client that cannot reach its server reports every reconnect attempt; the log gets the first
// report of each source, then at most one line per interval with the number left out.
const REPEAT_EVERY_MS = 30_000;

export class ConnectionErrorLog {
  private readonly logger: Logger;
  private readonly sources = new Map<string, { loggedAt: number; unlogged: number }>();

  constructor(
    context: string,
    private readonly server: string,
  ) {
    this.logger = new Logger(context);
  }

  failed(source: string, error: Error): void {
    const now = Date.now();
    const seen = this.sources.get(source);
    if (seen && now - seen.loggedAt < REPEAT_EVERY_MS) {
      seen.unlogged += 1;
      return;
    }
    const { code } = error as { code?: unknown };
    this.logger.warn({ source, cause: error.message, ...(code === undefined ? {} : { code }), repeated: seen?.unlogged ?? 0 }, `${source} cannot reach ${this.server}`);
    this.sources.set(source, { loggedAt: now, unlogged: 0 });
  }

  recovered(source: string): void {
    if (this.sources.delete(source)) {
      this.logger.log({ source }, `${source} reaches ${this.server} again`);
    }
  }
}

const redisLog = new ConnectionErrorLog('Redis', 'Redis');

// Every ioredis client gets an error listener: without one, ioredis prints "Unhandled error event"
// with a stack for every failed reconnect. The health check reports the outage; the log notes it.
export const watchRedis = <T extends Redis>(client: T, source: string): T => {
  client.on('error', (error: Error) => redisLog.failed(source, error));
  client.on('ready', () => redisLog.recovered(source));
  return client;
};
