export * from './lib/notifications.module';
export * from './lib/notifications-core.module';
export * from './lib/notifications-jobs.module';
export * from './lib/notifications.service';
export * from './lib/notification-links';
export * from './lib/jobs/notifications.job-data';
export { NOTIFICATIONS_RESOLVERS } from './lib/notifications.module';
