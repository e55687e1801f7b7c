import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { NotificationsService } from '@doorbraak/server-notifications';

// A notification of the person's own, written by the notifications service (on the test's connection,
// so no live event goes out until the rule sends one).
export const matrixNotification = async (app: INestApplication, db: DataSource, recipientId: string, prefix: string): Promise<string> => {
  const [id] = await app
    .get(NotificationsService)
    .notify(db.manager, { recipientIds: [recipientId], kind: 'AGENDA_PUBLISHED', dedupeKey: `${prefix}-${randomUUID()}`, message: 'Matrix-melding' });
  return id;
};
