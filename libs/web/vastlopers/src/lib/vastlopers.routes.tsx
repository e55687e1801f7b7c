import type { RouteObject } from 'react-router';

// Heavy screens load on demand; the shell concatenates these with the other features' routes.
export const vastlopersRoutes: RouteObject[] = [
  { path: 'vastlopers', lazy: async () => ({ Component: (await import('./pages/vastlopers.page')).VastlopersPage }) },
  { path: 'vastlopers/nieuw', lazy: async () => ({ Component: (await import('./pages/vastloper-create.page')).VastloperCreatePage }) },
  { path: 'vastlopers/:id', lazy: async () => ({ Component: (await import('./pages/vastloper-detail.page')).VastloperDetailPage }) },
  { path: 'doorbraken', lazy: async () => ({ Component: (await import('./pages/doorbraken.page')).DoorbrakenPage }) },
  { path: 'doorbraken/nieuw', lazy: async () => ({ Component: (await import('./pages/doorbraak-create.page')).DoorbraakCreatePage }) },
  { path: 'doorbraken/:id', lazy: async () => ({ Component: (await import('./pages/doorbraak-detail.page')).DoorbraakDetailPage }) },
];
