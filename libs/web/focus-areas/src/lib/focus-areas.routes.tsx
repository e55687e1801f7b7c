import type { RouteObject } from 'react-router';

export const focusAreasRoutes: RouteObject[] = [
  { path: 'focusgebieden', lazy: async () => ({ Component: (await import('./focus-areas-page.component')).FocusAreasPage }) },
];
