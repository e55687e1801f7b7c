import type { NotificationDelivery } from '@doorbraak/domain';

// A notification older than this is not mailed any more (e.g. rows from before e-mail was set up);
// it stays in the app.
export const STALE_AFTER_MS = 24 * 3600 * 1000;

export type EmailDecision = 'SEND' | 'DIGEST' | 'SKIP';

export type EmailFacts = {
  readonly delivery: NotificationDelivery;
  readonly smtpConfigured: boolean;
  readonly recipientActive: boolean;
  readonly read: boolean;
  readonly createdAt: Date;
  readonly now: Date;
};

export const emailDecision = (facts: EmailFacts): EmailDecision => {
  if (!facts.smtpConfigured || !facts.recipientActive || facts.delivery === 'OFF') {
    return 'SKIP';
  }
  if (facts.delivery === 'DAILY_DIGEST') {
    return 'DIGEST';
  }
  // Already seen in the app, or too old to be news: no e-mail.
  if (facts.read || facts.now.getTime() - facts.createdAt.getTime() > STALE_AFTER_MS) {
    return 'SKIP';
  }
  return 'SEND';
};
