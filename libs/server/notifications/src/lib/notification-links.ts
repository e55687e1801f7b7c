import { WEB_PATHS } from '@doorbraak/domain';

// Where a notification leads in the web app: the paths are the domain's, which the web's routes are checked against.
export { WEB_PATHS };

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
