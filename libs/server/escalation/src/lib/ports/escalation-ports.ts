import type { EntityManager } from 'typeorm';
import type { EscalationRung, MeetingType, NotificationKind } from '@doorbraak/domain';
import type { LadderRef } from '../ladder/item-ref';

// What the ladder needs from the contexts that own agendas and notifications. Escalation declares these
// ports; meetings and notifications implement them and the applications bind them (see EscalationPortsModule),
// so escalation never writes another context's tables and no copy of their rules can drift.

export type EscalationPlacement = {
  readonly item: LadderRef;
  readonly title: string;
  readonly rung: EscalationRung;
  readonly meetingType: MeetingType;
  // Null for the national doorbraakoverleg.
  readonly allianceId: string | null;
  readonly now: Date;
  // Given when several items escalate in one transaction at one `now`: the agenda may remember there what it
  // chose and locked for the first of them (the meeting an escalation goes to), for the others, and the agenda
  // items it is to write when the batch ends (see `finish`).
  readonly memo?: Map<string, unknown>;
};

// The meetings of one type of one alliance (null: the national doorbraakoverleg).
export type EscalationTarget = { readonly meetingType: MeetingType; readonly allianceId: string | null };

export type EscalationAgenda = {
  // Puts the item on the next open agenda of the rung's meeting type (DOMAIN §3 rule 3), or on the rung's
  // "to schedule" list; answers the agenda item, or null when the item waits.
  place(manager: EntityManager, placement: EscalationPlacement): Promise<string | null>;
  // Before a batch's placements with this memo: chooses (and locks) together the meetings they will go to.
  prepare(manager: EntityManager, memo: Map<string, unknown>, targets: readonly EscalationTarget[], now: Date): Promise<void>;
  // With a memo, `place` may answer the id an agenda item will have and write it here, together with the others
  // placed with that memo (before anything that points at them is written). Answers, for an item that turned out
  // to be on that agenda already, the id of its row there in place of the one `place` answered.
  finish(manager: EntityManager, memo: Map<string, unknown>, now: Date): Promise<ReadonlyMap<string, string>>;
  // The item left its rung: it leaves the "to schedule" lists and the draft agendas of the rungs above
  // `openAt` (of every rung when it is no longer open at all).
  withdraw(manager: EntityManager, item: LadderRef, openAt: EscalationRung | null, now: Date): Promise<void>;
};

export type EscalationNotice = {
  readonly recipientIds: readonly string[];
  readonly kind: NotificationKind;
  // One notification per person per occasion.
  readonly dedupeKey: string;
  readonly message: string;
  readonly vastloperId: string | null;
  readonly doorbraakId: string | null;
  // Where the notice points when it is about a dossier (an item's page is found from its id).
  readonly link?: string | null;
};

export type EscalationNotifier = {
  notify(manager: EntityManager, notice: EscalationNotice): Promise<readonly string[]>;
  // The same for several notices at once (one statement).
  notifyMany(manager: EntityManager, notices: readonly EscalationNotice[]): Promise<readonly string[]>;
};

export const ESCALATION_AGENDA = Symbol('EscalationAgenda');
export const ESCALATION_NOTIFIER = Symbol('EscalationNotifier');
