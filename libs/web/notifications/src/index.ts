export { NotificationBell } from './lib/notification-bell.component';
export { notificationsRoutes } from './lib/notifications.routes';
export { notificationsNamespace, notificationsTranslations } from './lib/i18n/notifications.translations';
