import type { RouteObject } from 'react-router';

// Static paths rank above the agenda's /vergaderingen/:id, so "nieuw" and "agenda-abonnement" are never read as ids.
export const meetingsRoutes: RouteObject[] = [
  { path: 'vergaderingen', lazy: async () => ({ Component: (await import('./pages/meetings.page')).MeetingsPage }) },
  { path: 'vergaderingen/nieuw', lazy: async () => ({ Component: (await import('./pages/meeting-plan.page')).MeetingPlanPage }) },
  { path: 'vergaderingen/agenda-abonnement', lazy: async () => ({ Component: (await import('./pages/calendar-feed.page')).CalendarFeedPage }) },
];
