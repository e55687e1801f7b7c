import type { RouteObject } from 'react-router';

// The charts (recharts) load with these routes only, never with the first page.
export const dashboardsRoutes: RouteObject[] = [
  { path: 'dashboard', lazy: async () => ({ Component: (await import('./pages/dashboard.page')).DashboardPage }) },
  { path: 'dashboard/:allianceSlug', lazy: async () => ({ Component: (await import('./pages/alliance-dashboard.page')).AllianceDashboardPage }) },
];
