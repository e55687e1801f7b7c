import type { RouteObject } from 'react-router';

export const briefingRoutes: RouteObject[] = [];
