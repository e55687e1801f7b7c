import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WEB_PATHS, type EscalationRung, type ItemPeople, type LadderEffect, type MeetingType, type NotificationKind } from '@doorbraak/domain';
import { EscalationEventEntity } from '@doorbraak/server-data';
import { ESCALATION_AGENDA, ESCALATION_NOTIFIER, type EscalationAgenda, type EscalationNotifier, type EscalationTarget } from '../ports/escalation-ports';
import { itemKey, subjectColumns, type LadderRef } from './item-ref';
import type { LadderBatch } from './ladder-batch';

export type EffectContext = {
  readonly item: LadderRef;
  readonly title: string;
  // Null for a national dossier.
  readonly allianceId: string | null;
  readonly people: ItemPeople | null;
  readonly actorId: string | null;
  readonly now: Date;
  readonly period: number;
  // Several items moved together: the agenda's memo, and the events and notices written when the batch ends.
  readonly batch?: LadderBatch;
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
    case 'ROLE_GRANTED':
    case 'DOSSIER_UPDATE':
    case 'ANSWER_OVERDUE':
      return `${kind.toLowerCase()}-${key}-${context.period}`;
  }
};

// The meetings an item of this alliance goes to, for a meeting type: the doorbraakoverleg is national.
export const agendaTarget = (meetingType: MeetingType, allianceId: string | null): EscalationTarget => ({
  meetingType,
  allianceId: meetingType === 'DOORBRAAKOVERLEG' ? null : allianceId,
});

// Parameters per event row stay well below PostgreSQL's limit of 65,535 per statement.
const EVENTS_PER_INSERT = 1000;

// Carries out what the ladder's rules decided, inside the caller's transaction.
@Injectable()
export class LadderEffectsService {
  constructor(
    @Inject(ESCALATION_AGENDA) private readonly agenda: EscalationAgenda,
    @Inject(ESCALATION_NOTIFIER) private readonly notifier: EscalationNotifier,
  ) {}

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
        case 'RECORD_ESCALATION': {
          const event = {
            ...subjectColumns(context.item),
            // The item's alliance, so an alliance's moves are found without a join (null for a dossier).
            allianceId: context.allianceId,
            fromRung: effect.from,
            toRung: effect.to,
            cause: effect.cause,
            actorId: effect.cause === 'STALLED' ? null : context.actorId,
            reason: effect.reason,
            at: context.now,
            stallPeriod: effect.period,
            skippedRungs: [...effect.skipped.map((skip) => skip.rung)],
            agendaItemId: effect.to === effect.from ? null : agendaItemId,
          };
          if (context.batch) {
            context.batch.events.push(event);
          } else {
            await manager.insert(EscalationEventEntity, event);
          }
          break;
        }
        case 'PLACE_ON_AGENDA':
          break;
        case 'NOTIFY':
          await this.notify(manager, context, effect.kind, effect.rung, effect.recipients, effect.message);
          break;
      }
    }
  }

  // An item that left its rung (resolved, parked, withdrawn, sent down) leaves the agendas and "to schedule"
  // lists of the rungs it no longer stands at; `openAt` is where it is still open, null when nowhere.
  withdraw(manager: EntityManager, item: LadderRef, openAt: EscalationRung | null, now: Date): Promise<void> {
    return this.agenda.withdraw(manager, item, openAt, now);
  }

  // DOMAIN §3 rule 3: the next meeting of that type whose agenda is still open, else the rung's "to schedule"
  // list, whose holders hear that it waits. Meetings owns both.
  private async placeOnAgenda(manager: EntityManager, context: EffectContext, rung: EscalationRung, meetingType: MeetingType): Promise<string | null> {
    const { allianceId } = agendaTarget(meetingType, context.allianceId);
    const placed = await this.agenda.place(manager, { item: context.item, title: context.title, rung, meetingType, allianceId, now: context.now, memo: context.batch?.agenda });
    if (placed === null && context.people) {
      await this.notify(
        manager,
        context,
        'TO_SCHEDULE',
        rung,
        context.people.holders[rung],
        'Staat op de lijst "te agenderen": er is nog geen vergadering gepland.',
      );
    }
    return placed;
  }

  private async notify(
    manager: EntityManager,
    context: EffectContext,
    kind: NotificationKind,
    rung: EscalationRung,
    recipients: readonly string[],
    message: string,
  ): Promise<void> {
    const { vastloperId, doorbraakId, dossierId } = subjectColumns(context.item);
    const notice = {
      vastloperId,
      doorbraakId,
      link: dossierId ? WEB_PATHS.dossier(dossierId) : null,
      recipientIds: recipients,
      kind,
      dedupeKey: dedupeKey(kind, context, rung),
      message: `${context.title}: ${message}`,
    };
    if (context.batch) {
      context.batch.notices.push(notice);
    } else {
      await this.notifier.notify(manager, notice);
    }
  }

  // Chooses and locks the meetings a batch's items will be placed on, together (see EscalationAgenda.prepare).
  prepare(manager: EntityManager, batch: LadderBatch, targets: readonly EscalationTarget[]): Promise<void> {
    return this.agenda.prepare(manager, batch.agenda, targets, batch.now);
  }

  // A batch's agenda items, escalation events and notices, each kind in one statement (in the order one item's
  // effects are written when it moves alone).
  async finish(manager: EntityManager, batch: LadderBatch): Promise<void> {
    const placed = await this.agenda.finish(manager, batch.agenda, batch.now);
    const events = batch.events.splice(0).map((event) =>
      typeof event.agendaItemId === 'string' && placed.has(event.agendaItemId) ? { ...event, agendaItemId: placed.get(event.agendaItemId) } : event,
    );
    for (let start = 0; start < events.length; start += EVENTS_PER_INSERT) {
      await manager.insert(EscalationEventEntity, events.slice(start, start + EVENTS_PER_INSERT));
    }
    await this.notifier.notifyMany(manager, batch.notices.splice(0));
  }
}
