// Where the web app shows a thing: notifications, e-mails and the web app's own links lead here, and the
// web app's routes must answer each (a unit test of the web app's routes checks every one).
export const WEB_PATHS = {
  meetings: () => '/vergaderingen',
  newMeeting: () => '/vergaderingen/nieuw',
  calendarFeed: () => '/vergaderingen/agenda-abonnement',
  meeting: (id: string) => `/vergaderingen/${id}`,
  briefing: (id: string) => `/vergaderingen/${id}/briefing`,
  meetingMode: (id: string) => `/vergaderingen/${id}/vergadermodus`,
  vastlopers: () => '/vastlopers',
  newVastloper: () => '/vastlopers/nieuw',
  vastloper: (id: string) => `/vastlopers/${id}`,
  doorbraken: () => '/doorbraken',
  newDoorbraak: () => '/doorbraken/nieuw',
  doorbraak: (id: string) => `/doorbraken/${id}`,
  dossiers: () => '/dossiers',
  dossier: (id: string) => `/dossiers/${id}`,
  // The agenda composer of the next doorbraakoverleg, or of a named one.
  composer: () => '/doorbraakoverleg',
  meetingComposer: (meetingId: string) => `/doorbraakoverleg/${meetingId}`,
  actionItems: () => '/actiepunten',
  actionItem: (id: string) => `/actiepunten/${id}`,
  notifications: () => '/meldingen',
  preferences: () => '/meldingen/voorkeuren',
} as const;
