// Where the web app shows a thing: notifications and e-mails link here, and the web app's routes
// must answer each (a unit test of the web app's routes checks every one).
export const WEB_PATHS = {
  meeting: (id: string) => `/vergaderingen/${id}`,
  briefing: (id: string) => `/vergaderingen/${id}/briefing`,
  vastloper: (id: string) => `/vastlopers/${id}`,
  doorbraak: (id: string) => `/doorbraken/${id}`,
  dossier: (id: string) => `/dossiers/${id}`,
  actionItem: (id: string) => `/actiepunten/${id}`,
  notifications: () => '/meldingen',
  preferences: () => '/meldingen/voorkeuren',
} as const;
