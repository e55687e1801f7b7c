import type { RouteObject } from 'react-router';

// Lazy screens; the shell concatenates these with the other features' routes.
export const registersRoutes: RouteObject[] = [
  { path: 'besluiten', lazy: async () => ({ Component: (await import('./pages/decisions.page')).DecisionsPage }) },
  { path: 'actiepunten', lazy: async () => ({ Component: (await import('./pages/action-items.page')).ActionItemsPage }) },
  { path: 'actiepunten/:id', lazy: async () => ({ Component: (await import('./pages/action-item-detail.page')).ActionItemDetailPage }) },
];
