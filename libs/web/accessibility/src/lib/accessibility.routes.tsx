import type { RouteObject } from 'react-router';

export const accessibilityRoutes: RouteObject[] = [
  {
    path: 'toegankelijkheid',
    lazy: async () => ({ Component: (await import('./accessibility-statement.page')).AccessibilityStatementPage }),
  },
];
