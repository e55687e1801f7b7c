import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  canOnMeeting,
  canReadItem,
  meetingVisibility,
  type Action,
  type Actor,
  type MeetingVisibility,
  type Role,
} from '@doorbraak/domain';
import { forbidden, invalidId, notFound, PREPARED_COMMENT, requireUuid } from '@doorbraak/server-core';
import { DoorbraakEntity, DossierEntity, MeetingEntity, VastloperEntity } from '@doorbraak/server-data';
import { dossierVisibility } from '@doorbraak/server-dossiers';

import { accessParams, attendeeSql, linkedReadableSql, namedQuery, unlinkedSql } from './meeting-sql';

export type VisibleMeeting = { readonly meeting: MeetingEntity; readonly visibility: MeetingVisibility };

export type LinkedItem =
  | { readonly kind: 'VASTLOPER'; readonly row: VastloperEntity }
  | { readonly kind: 'DOORBRAAK'; readonly row: DoorbraakEntity };

// What an agenda item can be about: an item, or a national dossier (with the alliances of the vastlopers it carries now).
export type LinkedSubject = LinkedItem | { readonly kind: 'DOSSIER'; readonly row: DossierEntity; readonly allianceIds: readonly string[] };

export type AgendaSubject = { vastloperId: string | null; doorbraakId: string | null; dossierId: string | null };

// The columns an agenda row links its subject with.
export const subjectOf = (linked: LinkedSubject | null): AgendaSubject => ({
  vastloperId: linked?.kind === 'VASTLOPER' ? linked.row.id : null,
  doorbraakId: linked?.kind === 'DOORBRAAK' ? linked.row.id : null,
  dossierId: linked?.kind === 'DOSSIER' ? linked.row.id : null,
});

// Single objects the caller may not see are NOT_FOUND; visible ones they may not change are FORBIDDEN.
@Injectable()
export class MeetingAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async meetingFor(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<VisibleMeeting> {
    requireUuid(id);
    const query = manager.createQueryBuilder(MeetingEntity, 'meeting').where('meeting.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    const meeting = await query.comment(PREPARED_COMMENT).getOne();
    if (!meeting) {
      throw notFound('meeting', id);
    }
    const visibility = await this.visibilityOf(manager, actor, meeting);
    if (visibility === 'NONE') {
      throw notFound('meeting', id);
    }
    return { meeting, visibility };
  }

  async visibilityOf(manager: EntityManager, actor: Actor, meeting: MeetingEntity): Promise<MeetingVisibility> {
    const attendee = meeting.allianceId === null && (await this.isAttendee(manager, actor.personId, meeting.id));
    const visibility = meetingVisibility(actor, meeting, attendee);
    return visibility === 'LINKED_ITEMS' && !(await this.hasReadableItem(manager, actor, meeting.id)) ? 'NONE' : visibility;
  }

  // The active people among `personIds` with their roles, to check what they may see before they are
  // made an owner or an attendee. Unknown and inactive people are left out.
  async actorsOf(manager: EntityManager, personIds: readonly string[]): Promise<Map<string, Actor>> {
    const ids = [...new Set(personIds.map(requireUuid))];
    const rows: { id: string; alliance_id: string | null; role: Role | null }[] = ids.length
      ? await manager.query(
          `SELECT p.id, m.alliance_id, m.role FROM person p LEFT JOIN membership m ON m.person_id = p.id
            WHERE p.id = ANY($1::uuid[]) AND p.active`,
          [ids],
        )
      : [];
    const actors = new Map<string, Actor>();
    for (const row of rows) {
      const memberships = actors.get(row.id)?.memberships ?? [];
      actors.set(row.id, {
        personId: row.id,
        memberships: row.role ? [...memberships, { allianceId: row.alliance_id, role: row.role }] : memberships,
      });
    }
    return actors;
  }

  // The people among `personIds` who may read the vastloper, doorbraak or dossier (everyone, when there is none).
  async readersOf(
    manager: EntityManager,
    personIds: readonly string[],
    subject: { vastloperId: string | null; doorbraakId: string | null; dossierId?: string | null },
  ): Promise<string[]> {
    if (!subject.vastloperId && !subject.doorbraakId && !subject.dossierId) {
      return [...personIds];
    }
    const readers: string[] = [];
    for (const actor of (await this.actorsOf(manager, personIds)).values()) {
      const rows = await namedQuery(
        manager,
        `SELECT 1 FROM (SELECT CAST(:vastloperId AS uuid) AS vastloper_id, CAST(:doorbraakId AS uuid) AS doorbraak_id,
                               CAST(:dossierId AS uuid) AS dossier_id) s
          WHERE ${linkedReadableSql('s', 'ITEMS_AND_DOSSIERS')}`,
        { dossierId: null, ...subject, ...accessParams(actor) },
      );
      if (rows.length > 0) {
        readers.push(actor.personId);
      }
    }
    return readers;
  }

  // Whether the agenda item is about nothing, or about a vastloper, doorbraak or dossier the actor may read.
  async mayReadAgendaItemSubject(manager: EntityManager, actor: Actor, agendaItemId: string): Promise<boolean> {
    const rows = await namedQuery(
      manager,
      `SELECT 1 FROM agenda_item ai WHERE ai.id = :agendaItemId
         AND (${unlinkedSql('ai', 'ITEMS_AND_DOSSIERS')} OR ${linkedReadableSql('ai', 'ITEMS_AND_DOSSIERS')})`,
      { agendaItemId, ...accessParams(actor) },
    );
    return rows.length > 0;
  }

  require(actor: Actor, action: Action, meeting: MeetingEntity, message: string): void {
    if (!canOnMeeting(actor, action, meeting)) {
      throw forbidden(message);
    }
  }

  async isAttendee(manager: EntityManager, personId: string, meetingId: string): Promise<boolean> {
    const rows = await namedQuery(manager, `SELECT 1 FROM meeting m WHERE m.id = :meetingId AND ${attendeeSql('m')}`, {
      meetingId,
      acc_person: personId,
    });
    return rows.length > 0;
  }

  private async hasReadableItem(manager: EntityManager, actor: Actor, meetingId: string): Promise<boolean> {
    const rows = await namedQuery(manager, `SELECT 1 FROM agenda_item ai WHERE ai.meeting_id = :meetingId AND ${linkedReadableSql('ai', 'ITEMS_AND_DOSSIERS')} LIMIT 1`, {
      meetingId,
      ...accessParams(actor),
    });
    return rows.length > 0;
  }

  // A vastloper, doorbraak or dossier an agenda item links to: unknown or unreadable ones are NOT_FOUND.
  async linkedSubject(
    manager: EntityManager,
    actor: Actor,
    link: { vastloperId?: string | null; doorbraakId?: string | null; dossierId?: string | null },
  ): Promise<LinkedSubject | null> {
    if (link.dossierId) {
      if (link.vastloperId || link.doorbraakId) {
        throw invalidId(`${link.vastloperId ? 'vastloperId' : 'doorbraakId'}+dossierId`);
      }
      return this.linkedDossier(manager, actor, link.dossierId);
    }
    return this.linkedItem(manager, actor, link);
  }

  // A vastloper or doorbraak the caller links to: unknown or unreadable ones are NOT_FOUND.
  async linkedItem(
    manager: EntityManager,
    actor: Actor,
    link: { vastloperId?: string | null; doorbraakId?: string | null },
  ): Promise<LinkedItem | null> {
    if (link.vastloperId && link.doorbraakId) {
      throw invalidId('vastloperId+doorbraakId');
    }
    if (link.vastloperId) {
      const row = await manager.findOneBy(VastloperEntity, { id: requireUuid(link.vastloperId) });
      if (!row || !canReadItem(actor, row)) {
        throw notFound('vastloper', link.vastloperId);
      }
      return { kind: 'VASTLOPER', row };
    }
    if (link.doorbraakId) {
      const row = await manager.findOne(DoorbraakEntity, { where: { id: requireUuid(link.doorbraakId) }, relations: { alliances: true } });
      const readable =
        row !== null &&
        [row.allianceId, ...(row.alliances ?? []).map((alliance) => alliance.id)].some((allianceId) =>
          canReadItem(actor, { allianceId, confidential: false }),
        );
      if (!row || !readable) {
        throw notFound('doorbraak', link.doorbraakId);
      }
      return { kind: 'DOORBRAAK', row };
    }
    return null;
  }

  // Readable by the dossiers' own rule, so an agenda shows a dossier to exactly those who may open it.
  private async linkedDossier(manager: EntityManager, actor: Actor, id: string): Promise<LinkedSubject> {
    const visibility = dossierVisibility(actor, 'd');
    const row = await manager
      .getRepository(DossierEntity)
      .createQueryBuilder('d')
      .where('d.id = :id', { id: requireUuid(id) })
      .andWhere(visibility.where, visibility.params)
      .getOne();
    if (!row) {
      throw notFound('dossier', id);
    }
    const alliances: { allianceId: string }[] = await manager.query(
      `SELECT DISTINCT v.alliance_id AS "allianceId" FROM dossier_membership m JOIN vastloper v ON v.id = m.vastloper_id
        WHERE m.dossier_id = $1 AND m.left_at IS NULL`,
      [row.id],
    );
    return { kind: 'DOSSIER', row, allianceIds: alliances.map((alliance) => alliance.allianceId) };
  }
}

// The alliances an item belongs to, for checking it fits a meeting's alliance.
export const alliancesOfItem = (item: LinkedSubject): readonly string[] => {
  switch (item.kind) {
    case 'VASTLOPER':
      return [item.row.allianceId];
    case 'DOORBRAAK':
      return [item.row.allianceId, ...(item.row.alliances ?? []).map((alliance) => alliance.id)];
    case 'DOSSIER':
      return item.allianceIds;
  }
};
