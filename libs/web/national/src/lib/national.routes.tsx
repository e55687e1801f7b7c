import type { RouteObject } from 'react-router';

// The national level's screens load on demand; the shell concatenates these with the other features' routes.
export const nationalRoutes: RouteObject[] = [
  { path: 'landelijk/triage', lazy: async () => ({ Component: (await import('./pages/triage.page')).TriagePage }) },
  { path: 'dossiers', lazy: async () => ({ Component: (await import('./pages/dossiers.page')).DossiersPage }) },
  // Where dossier notifications and mails lead (WEB_PATHS.dossier).
  { path: 'dossiers/:id', lazy: async () => ({ Component: (await import('./pages/dossier.page')).DossierPage }) },
  // The doorbraakoverleg's agenda composer: the next meeting's (WEB_PATHS.composer), or a named one's.
  { path: 'doorbraakoverleg', lazy: async () => ({ Component: (await import('./pages/composer.page')).ComposerPage }) },
  { path: 'doorbraakoverleg/:meetingId', lazy: async () => ({ Component: (await import('./pages/composer.page')).ComposerPage }) },
];
