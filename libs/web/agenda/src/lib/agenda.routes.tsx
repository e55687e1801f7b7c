import type { RouteObject } from 'react-router';

export const agendaRoutes: RouteObject[] = [];
