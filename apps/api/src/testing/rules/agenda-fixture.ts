import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AgendaPlacementService } from '@doorbraak/server-meetings';

// An agenda item at the end of a meeting's agenda, written by the meetings context's own placement rules
// (on the test's connection, whatever the meeting's status, with no audit entry or live event).
export const matrixAgendaItem = async (app: INestApplication, db: DataSource, meetingId: string, title: string, vastloperId: string | null = null): Promise<string> => {
  const item = await app
    .get(AgendaPlacementService)
    .insertItem(db.manager, meetingId, { title, kind: 'DISCUSSION', source: 'MANUAL', vastloperId });
  if (!item) {
    throw new Error(`the agenda of meeting ${meetingId} refused "${title}"`);
  }
  return item.id;
};
