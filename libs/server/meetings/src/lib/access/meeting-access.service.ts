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
} from '@doorbraak/domain';
import { forbidden, isUuid, notFound } from '@doorbraak/server-core';
import { DoorbraakEntity, MeetingEntity, VastloperEntity } from '@doorbraak/server-data';
import { invalidId } from '../meetings.exception';
import { accessParams, attendeeSql, linkedReadableSql, namedQuery } from './meeting-sql';

export type VisibleMeeting = { readonly meeting: MeetingEntity; readonly visibility: MeetingVisibility };

export type LinkedItem =
  | { readonly kind: 'VASTLOPER'; readonly row: VastloperEntity }
  | { readonly kind: 'DOORBRAAK'; readonly row: DoorbraakEntity };

export const requireUuid = (id: string): string => {
  if (!isUuid(id)) {
    throw invalidId(id);
  }
  return id;
};

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
    const meeting = await manager.findOne(MeetingEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!meeting) {
      throw notFound('meeting', id);
    }
    const attendee = meeting.allianceId === null && (await this.isAttendee(manager, actor.personId, id));
    let visibility = meetingVisibility(actor, meeting, attendee);
    if (visibility === 'LINKED_ITEMS' && !(await this.hasReadableItem(manager, actor, id))) {
      visibility = 'NONE';
    }
    if (visibility === 'NONE') {
      throw notFound('meeting', id);
    }
    return { meeting, visibility };
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
    const rows = await namedQuery(manager, `SELECT 1 FROM agenda_item ai WHERE ai.meeting_id = :meetingId AND ${linkedReadableSql('ai')} LIMIT 1`, {
      meetingId,
      ...accessParams(actor),
    });
    return rows.length > 0;
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
}

// The alliances an item belongs to, for checking it fits a meeting's alliance.
export const alliancesOfItem = (item: LinkedItem): string[] =>
  item.kind === 'VASTLOPER' ? [item.row.allianceId] : [item.row.allianceId, ...(item.row.alliances ?? []).map((alliance) => alliance.id)];
