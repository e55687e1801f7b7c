import { accessibilityRoutes } from '@doorbraak/web-accessibility';
import { agendaRoutes } from '@doorbraak/web-agenda';
import { alliancesRoutes } from '@doorbraak/web-alliances';
import { authRoutes } from '@doorbraak/web-auth';
import { briefingRoutes } from '@doorbraak/web-briefing';
import { dashboardsRoutes } from '@doorbraak/web-dashboards';
import { focusAreasRoutes } from '@doorbraak/web-focus-areas';
import { homeRoutes } from '@doorbraak/web-home';
import { meetingModeRoutes } from '@doorbraak/web-meeting-mode';
import { meetingsRoutes } from '@doorbraak/web-meetings';
import { nationalRoutes } from '@doorbraak/web-national';
import { notificationsRoutes } from '@doorbraak/web-notifications';
import { registersRoutes } from '@doorbraak/web-registers';
import { vastlopersRoutes } from '@doorbraak/web-vastlopers';
import type { RouteObject } from 'react-router';
import { RequireSession } from './require-session.component';
import { Shell } from './shell.component';

// The shell only concatenates what the features export.
export const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      ...authRoutes,
      ...accessibilityRoutes,
      {
        element: <RequireSession />,
        children: [
          ...homeRoutes,
          ...vastlopersRoutes,
          ...alliancesRoutes,
          ...notificationsRoutes,
          ...meetingsRoutes,
          ...agendaRoutes,
          ...meetingModeRoutes,
          ...briefingRoutes,
          ...registersRoutes,
          ...dashboardsRoutes,
          ...focusAreasRoutes,
          ...nationalRoutes,
        ],
      },
      { path: '*', lazy: async () => ({ Component: (await import('./not-found.page')).NotFoundPage }) },
    ],
  },
];
