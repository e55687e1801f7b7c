import type { JOBS } from '@doorbraak/server-core';

// Payloads hold ids only: the handler re-reads the row and acts only while it still waits.
export type NotificationsJobData = {
  [JOBS.notifications.dispatch]: Record<string, never>;
  [JOBS.notifications.sendEmail]: { notificationId: string };
  [JOBS.notifications.dailyDigest]: Record<string, never>;
};

export const emailJobId = (notificationId: string): string => `email-${notificationId}`;
