import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  meetingForEscalation,
  type EscalationRung,
  type ItemPeople,
  type LadderEffect,
  type MeetingSlot,
  type MeetingType,
  type NotificationKind,
} from '@doorbraak/domain';
import { AgendaBacklogItemEntity, EscalationEventEntity } from '@doorbraak/server-data';
import { publishAfterCommit } from '@doorbraak/server-live';
import { itemColumns, itemKey, type ItemRef } from './item-ref';

// Escalations get more time on the agenda than the default item (the meetings feature uses the same).
const ESCALATION_MINUTES = 20;

export type EffectContext = {
  readonly item: ItemRef;
  readonly title: string;
  readonly allianceId: string;
  readonly people: ItemPeople | null;
  readonly actorId: string | null;
  readonly now: Date;
  readonly period: number;
};

// One notification per person per occasion; the unique index (recipient, dedupe key) enforces it.
const dedupeKey = (kind: NotificationKind, context: EffectContext, rung: EscalationRung): string => {
  const key = itemKey(context.item);
  switch (kind) {
    case 'OVERDUE':
      return `overdue-${key}-${context.period}`;
    case 'ESCALATED':
      return `escalated-${key}-${rung}`;
    case 'EARLY_WARNING':
      return `early-warning-${key}-${rung}`;
    case 'TO_SCHEDULE':
      return `to-schedule-${key}-${rung}`;
    case 'AGENDA_PUBLISHED':
    case 'ACTION_ITEM_REMINDER':
    case 'STATUS_REQUEST':
    case 'BRIEFING_READY':
    case 'ESCALATION_FAILED':
      return `${kind.toLowerCase()}-${key}-${context.period}`;
  }
};

// Carries out what the ladder's rules decided, inside the caller's transaction.
@Injectable()
export class LadderEffectsService {
  async carryOut(manager: EntityManager, context: EffectContext, effects: readonly LadderEffect[]): Promise<void> {
    // The agenda item comes first, so the escalation event can point at it in the same INSERT.
    let agendaItemId: string | null = null;
    for (const effect of effects) {
      if (effect.type === 'PLACE_ON_AGENDA') {
        agendaItemId = await this.placeOnAgenda(manager, context, effect.rung, effect.meetingType);
      }
    }
    for (const effect of effects) {
      switch (effect.type) {
        case 'RECORD_ESCALATION':
          await manager.insert(EscalationEventEntity, {
            ...itemColumns(context.item),
            fromRung: effect.from,
            toRung: effect.to,
            cause: effect.cause,
            actorId: effect.cause === 'STALLED' ? null : context.actorId,
            reason: effect.reason,
            at: context.now,
            stallPeriod: effect.period,
            skippedRungs: [...effect.skipped.map((skip) => skip.rung)],
            agendaItemId: effect.to === effect.from ? null : agendaItemId,
          });
          break;
        case 'PLACE_ON_AGENDA':
          break;
        case 'NOTIFY':
          await this.notify(manager, context, effect.kind, effect.rung, effect.recipients, effect.message);
          break;
      }
    }
  }

  // DOMAIN §3 rule 3: the next meeting of that type whose agenda is still open (meetingForEscalation), else
  // the rung's "to schedule" list.
  private async placeOnAgenda(
    manager: EntityManager,
    context: EffectContext,
    rung: EscalationRung,
    meetingType: MeetingType,
  ): Promise<string | null> {
    const allianceId = meetingType === 'DOORBRAAKOVERLEG' ? null : context.allianceId;
    const meeting = await this.targetMeeting(manager, meetingType, allianceId, context.now);
    const { vastloperId, doorbraakId } = itemColumns(context.item);
    if (!meeting) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(AgendaBacklogItemEntity)
        .values({ meetingType, allianceId, vastloperId, doorbraakId, rung, reason: `Geëscaleerd naar ${rung}; nog geen vergadering gepland.` })
        .orIgnore()
        .execute();
      if (context.people) {
        await this.notify(
          manager,
          context,
          'TO_SCHEDULE',
          rung,
          context.people.holders[rung],
          'Staat op de lijst "te agenderen": er is nog geen vergadering gepland.',
        );
      }
      return null;
    }
    // The item's agenda item on that meeting, or a new one at the end of the agenda, in one statement.
    const column = vastloperId ? 'vastloper_id' : 'doorbraak_id';
    const [placed]: { id: string }[] = await manager.query(
      `WITH existing AS (SELECT id FROM agenda_item WHERE meeting_id = $1 AND ${column} = $2 LIMIT 1),
            inserted AS (
              INSERT INTO agenda_item (meeting_id, position, title, kind, source, minutes_allotted, ${column})
              SELECT $1, coalesce((SELECT max(position) FROM agenda_item WHERE meeting_id = $1), 0) + 1, $3, 'ESCALATION', 'ESCALATION', $4, $2
               WHERE NOT EXISTS (SELECT 1 FROM existing)
              RETURNING id)
       SELECT id FROM existing UNION ALL SELECT id FROM inserted`,
      [meeting.id, vastloperId ?? doorbraakId, `Escalatie: ${context.title}`, ESCALATION_MINUTES],
    );
    return placed.id;
  }

  // The meeting the domain's rule picks (the next one whose agenda is still open), locked; when another
  // transaction published or moved it meanwhile, choose again.
  private async targetMeeting(manager: EntityManager, type: MeetingType, allianceId: string | null, now: Date): Promise<MeetingSlot | null> {
    const scope = allianceId === null ? 'alliance_id IS NULL' : 'alliance_id = $3';
    const parameters = allianceId === null ? [type, now] : [type, now, allianceId];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const candidates: MeetingSlot[] = await manager.query(
        `SELECT id, status, scheduled_at AS "scheduledAt" FROM meeting
          WHERE type = $1 AND ${scope} AND status IN ('DRAFT', 'AGENDA_PUBLISHED') AND scheduled_at > $2`,
        parameters,
      );
      const target = meetingForEscalation(candidates, now);
      if (!target) {
        return null;
      }
      // Locking the meeting row serialises agenda positions between concurrent escalations.
      const locked: MeetingSlot[] = await manager.query(
        `SELECT id, status, scheduled_at AS "scheduledAt" FROM meeting WHERE id = $1 FOR UPDATE`,
        [target.id],
      );
      if (meetingForEscalation(locked, now)) {
        return target;
      }
    }
    // Meetings kept changing under us: fail, so the job is retried rather than the item set aside.
    throw new Error(`no stable ${type} meeting to place an escalation on`);
  }

  private async notify(
    manager: EntityManager,
    context: EffectContext,
    kind: NotificationKind,
    rung: EscalationRung,
    recipients: readonly string[],
    message: string,
  ): Promise<void> {
    if (recipients.length === 0) {
      return;
    }
    const { vastloperId, doorbraakId } = itemColumns(context.item);
    const written: { id: string; recipientId: string }[] = await manager.query(
      `INSERT INTO notification (recipient_id, kind, dedupe_key, vastloper_id, doorbraak_id, message)
       SELECT recipient, $2, $3, $4, $5, $6 FROM unnest($1::uuid[]) AS recipient
       ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
       RETURNING id, recipient_id AS "recipientId"`,
      [recipients, kind, dedupeKey(kind, context, rung), vastloperId, doorbraakId, `${context.title}: ${message}`],
    );
    // The recipients' browsers hear of it once the transaction commits (the worker's too, through Redis).
    publishAfterCommit(manager, ...written.map(({ id, recipientId }) => ({ name: 'notificationAdded' as const, payload: { notificationId: id, recipientId } })));
  }
}
