export * from './lib/test-database';
export * from './lib/test-config';
export * from './lib/graphql-request';
export * from './lib/query-counter';
export * from './lib/ladder-fixture';
export * from './lib/test-queues';
export * from './lib/dedicated-postgres';
export * from './lib/dedicated-redis';
