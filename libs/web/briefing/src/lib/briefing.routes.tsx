import type { RouteObject } from 'react-router';

// Existing links (start page, e-mails, notifications) lead here.
export const briefingRoutes: RouteObject[] = [
  { path: 'vergaderingen/:id/briefing', lazy: async () => ({ Component: (await import('./pages/briefing.page')).BriefingPage }) },
];
