import type { RouteObject } from 'react-router';

// Public routes: reachable without a session.
export const authRoutes: RouteObject[] = [
  { path: 'inloggen', lazy: async () => ({ Component: (await import('./pages/sign-in.page')).SignInPage }) },
  { path: 'uitnodiging', lazy: async () => ({ Component: (await import('./pages/invitation.page')).InvitationPage }) },
];
