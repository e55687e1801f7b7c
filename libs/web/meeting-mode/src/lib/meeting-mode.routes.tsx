import type { RouteObject } from 'react-router';

export const meetingModeRoutes: RouteObject[] = [];
