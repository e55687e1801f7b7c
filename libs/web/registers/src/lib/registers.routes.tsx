import type { RouteObject } from 'react-router';

export const registersRoutes: RouteObject[] = [];
