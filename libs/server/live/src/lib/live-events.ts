import type { EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import type { AgendaUpdateKind, EscalationRung } from '@doorbraak/domain';

// What the API pushes to signed-in browsers over WebSocket. Payloads hold ids and the facts a
// subscription needs to decide who may see the event; the subscription reads the rest fresh.
export type NotificationAdded = { readonly notificationId: string; readonly recipientId: string };

export type LadderItemChanged = {
  readonly itemType: 'VASTLOPER' | 'DOORBRAAK';
  readonly itemId: string;
  // The alliances whose people may read the item: the leading one first (a doorbraak can be shared).
  readonly allianceIds: readonly string[];
  readonly confidential: boolean;
  // Null for a doorbraak that is not running (an idea, achieved or stopped).
  readonly fromRung: EscalationRung | null;
  readonly toRung: EscalationRung | null;
  readonly status: string;
  // ISO-8601: the payload crosses Redis as JSON.
  readonly at: string;
};

export type AgendaChanged = {
  readonly meetingId: string;
  readonly kind: AgendaUpdateKind;
  // The item changed, when the change is about one item.
  readonly agendaItemId: string | null;
  // Null for the system (the escalation ladder, the review of decisions).
  readonly actorId: string | null;
  readonly at: string;
};

export type LiveEventPayloads = {
  readonly notificationAdded: NotificationAdded;
  readonly ladderItemChanged: LadderItemChanged;
  readonly agendaChanged: AgendaChanged;
};

export type LiveEventName = keyof LiveEventPayloads;

export type LiveEvent = { [K in LiveEventName]: { readonly name: K; readonly payload: LiveEventPayloads[K] } }[LiveEventName];

const PENDING = 'doorbraak.liveEvents';

// A DataSource's publisher, found among its TypeORM subscribers (see LivePublisher).
export type LiveEventSink = { publishNow(events: readonly LiveEvent[]): void };

const isSink = (candidate: EntitySubscriberInterface): candidate is EntitySubscriberInterface & LiveEventSink =>
  typeof (candidate as Partial<LiveEventSink>).publishNow === 'function';

// Records events to publish once the caller's transaction commits (nothing is published when it rolls
// back). Outside a transaction the change is already committed, so they go out at once. Where no
// publisher is registered (a process without LiveEventsModule), nothing happens.
export const publishAfterCommit = (manager: EntityManager, ...events: LiveEvent[]): void => {
  if (events.length === 0) {
    return;
  }
  const runner = manager.queryRunner;
  if (runner?.isTransactionActive) {
    runner.data[PENDING] = [...pendingOf(runner), ...events];
    return;
  }
  manager.connection.subscribers.find(isSink)?.publishNow(events);
};

export const pendingOf = (runner: QueryRunner): readonly LiveEvent[] => (runner.data[PENDING] as LiveEvent[] | undefined) ?? [];

// Hands over the recorded events once, and forgets them.
export const takePending = (runner: QueryRunner): readonly LiveEvent[] => {
  const events = pendingOf(runner);
  delete runner.data[PENDING];
  return events;
};
