// Where a notification leads in the web app. One place, so the web's routes and the e-mails agree.
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

export type LinkedRow = {
  readonly link: string | null;
  readonly meetingId: string | null;
  readonly vastloperId: string | null;
  readonly doorbraakId: string | null;
  readonly actionItemId: string | null;
};

// The stored link wins; otherwise the most specific thing the notification is about.
export const pathOf = (row: LinkedRow): string => {
  if (row.link) return row.link;
  if (row.actionItemId) return WEB_PATHS.actionItem(row.actionItemId);
  if (row.vastloperId) return WEB_PATHS.vastloper(row.vastloperId);
  if (row.doorbraakId) return WEB_PATHS.doorbraak(row.doorbraakId);
  if (row.meetingId) return WEB_PATHS.meeting(row.meetingId);
  return WEB_PATHS.notifications();
};

export const webUrlOf = (webUrl: string, path: string): string => `${webUrl.replace(/\/+$/, '')}${path}`;
