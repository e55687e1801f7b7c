import type { RouteObject } from 'react-router';

export const notificationsRoutes: RouteObject[] = [
  { path: 'meldingen', lazy: async () => ({ Component: (await import('./notifications.page')).NotificationsPage }) },
  { path: 'meldingen/voorkeuren', lazy: async () => ({ Component: (await import('./preferences.page')).PreferencesPage }) },
];
