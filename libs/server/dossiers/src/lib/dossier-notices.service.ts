import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { amsterdamDateOf, type DossierNoteKind } from '@doorbraak/domain';
import { NotificationsService, WEB_PATHS } from '@doorbraak/server-notifications';

const NOTE_LABELS: Readonly<Record<DossierNoteKind, string>> = {
  PROGRESS: 'voortgang',
  DECISION: 'besluit',
  OUTCOME: 'uitkomst',
};

const MESSAGE_TEXT_MAX = 300;

const shorten = (text: string): string => {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= MESSAGE_TEXT_MAX ? chars.join('') : `${chars.slice(0, MESSAGE_TEXT_MAX - 1).join('')}…`;
};

export type DossierNotice = {
  readonly dossierId: string;
  readonly dossierTitle: string;
  readonly noteId: string;
  readonly kind: DossierNoteKind;
  readonly text: string;
  readonly authorId: string;
  readonly now: Date;
};

// Tells the programme director(s) and rijksvertegenwoordiger(s) of every alliance the dossier carries
// items of, once each however many of their items it carries (DOMAIN §5 rule 2), through notifications.
@Injectable()
export class DossierNoticesService {
  constructor(private readonly notifications: NotificationsService) {}

  // Inside the caller's transaction; answers the notification ids to dispatch after commit.
  async tell(manager: EntityManager, notice: DossierNotice): Promise<string[]> {
    const recipients = (await this.recipients(manager, notice.dossierId, notice.now)).filter((id) => id !== notice.authorId);
    return this.notifications.notify(manager, {
      recipientIds: recipients,
      kind: 'DOSSIER_UPDATE',
      dedupeKey: `dossier-note-${notice.noteId}`,
      message: `Landelijk dossier "${notice.dossierTitle}", ${NOTE_LABELS[notice.kind]}: ${shorten(notice.text)}`,
      link: WEB_PATHS.dossier(notice.dossierId),
    });
  }

  dispatch(notificationIds: readonly string[]): Promise<void> {
    return this.notifications.dispatch(notificationIds);
  }

  // Active people only: the directors by membership; the rijksvertegenwoordigers by membership and by
  // their current appointment to the alliance.
  private async recipients(manager: EntityManager, dossierId: string, now: Date): Promise<string[]> {
    const rows: { personId: string }[] = await manager.query(
      `WITH alliances AS (
         SELECT DISTINCT v.alliance_id FROM dossier_membership m JOIN vastloper v ON v.id = m.vastloper_id
          WHERE m.dossier_id = $1 AND m.left_at IS NULL)
       SELECT m.person_id AS "personId"
         FROM membership m JOIN person p ON p.id = m.person_id AND p.active
        WHERE m.alliance_id IN (SELECT alliance_id FROM alliances) AND m.role IN ('PROGRAMME_DIRECTOR', 'RIJKSVERTEGENWOORDIGER')
       UNION
       SELECT r.person_id
         FROM rijksvertegenwoordiger_assignment a
         JOIN rijksvertegenwoordiger r ON r.id = a.rijksvertegenwoordiger_id
         JOIN person p ON p.id = r.person_id AND p.active
        WHERE a.alliance_id IN (SELECT alliance_id FROM alliances) AND a.since <= $2::date AND (a.until IS NULL OR a.until >= $2::date)`,
      [dossierId, amsterdamDateOf(now)],
    );
    return [...new Set(rows.map((row) => row.personId))];
  }
}
