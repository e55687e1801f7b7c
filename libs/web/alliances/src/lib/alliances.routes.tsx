import type { RouteObject } from 'react-router';

export const alliancesRoutes: RouteObject[] = [
  { path: 'allianties/:slug', lazy: async () => ({ Component: (await import('./alliance.page')).AlliancePage }) },
];
