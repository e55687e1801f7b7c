export * from './lib/live-events';
export * from './lib/live-pubsub';
export * from './lib/live-publisher';
export * from './lib/live-events.module';
export * from './lib/subscriber';
