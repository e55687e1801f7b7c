import type { RouteObject } from 'react-router';

// Lazy: the page brings the drag-and-drop library with it, so the initial bundle never carries it.
export const agendaRoutes: RouteObject[] = [
  { path: 'vergaderingen/:id', lazy: async () => ({ Component: (await import('./pages/agenda.page')).AgendaPage }) },
];
