export * from './lib/config';
export * from './lib/config.module';
export * from './lib/redis.module';
export * from './lib/queues';
export * from './lib/request-loaders';
export * from './lib/domain-error';
export * from './lib/queue.module';
export * from './lib/redis-policy';
