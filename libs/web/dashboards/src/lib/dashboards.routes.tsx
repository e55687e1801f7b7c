import type { RouteObject } from 'react-router';

export const dashboardsRoutes: RouteObject[] = [];
