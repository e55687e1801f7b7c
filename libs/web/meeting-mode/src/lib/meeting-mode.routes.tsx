import type { RouteObject } from 'react-router';

// Loaded on demand; the shell concatenates these with the other features' routes.
export const meetingModeRoutes: RouteObject[] = [
  { path: 'vergaderingen/:id/vergadermodus', lazy: async () => ({ Component: (await import('./pages/meeting-mode.page')).MeetingModePage }) },
];
