import type { NotificationsTranslations } from './notifications.nl';

export const notificationsEn: NotificationsTranslations = {
  bell_one: 'Notifications ({{count}} unread)',
  bell_other: 'Notifications ({{count}} unread)',
  title: 'Notifications',
  intro: 'Messages about escalations, agendas, reminders and status requests.',
  unreadOnly: 'Unread only',
  all: 'All notifications',
  markRead: 'Mark as read',
  markAllRead: 'Mark all as read',
  markedAll_one: '{{count}} notification marked as read.',
  markedAll_other: '{{count}} notifications marked as read.',
  unread: 'Unread',
  empty: 'No notifications.',
  loading: 'Loading notifications…',
  loadError: 'The notifications could not be loaded',
  preferencesLink: 'Notification preferences',
  preferences: {
    title: 'Notification preferences',
    intro: 'Choose per kind of notification whether you get it by e-mail immediately, in a daily digest at 07:00, or not by e-mail. In Doorbraak you always see them.',
    saved: 'Preference saved: {{kind}} — {{delivery}}.',
    loadError: 'The preferences could not be loaded',
  },
};
