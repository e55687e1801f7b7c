// Value lists of the meeting cycle; GraphQL enums and SQL check constraints derive from them.

// What a decision on an escalated item does to it on the ladder.
export const DECISION_OUTCOMES = ['RESOLVE', 'DE_ESCALATE', 'KEEP'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

// A change to an agenda after it was published (an amendment).
export const AGENDA_CHANGES = ['ADDED', 'REMOVED', 'MOVED', 'UPDATED'] as const;
export type AgendaChange = (typeof AGENDA_CHANGES)[number];

// What happened to an agenda, as told live to the people looking at it: a person's change, the
// publication, the escalation ladder placing or withdrawing an item, the meeting itself changing, or
// something recorded during the meeting (attendance, minutes, a decision, an action item).
export const AGENDA_UPDATE_KINDS = ['ADDED', 'UPDATED', 'MOVED', 'REMOVED', 'CARRIED_OVER', 'PUBLISHED', 'ESCALATION', 'MEETING_CHANGED', 'RECORDED'] as const;
export type AgendaUpdateKind = (typeof AGENDA_UPDATE_KINDS)[number];

// How a person wants to hear about one kind of notification.
export const NOTIFICATION_DELIVERIES = ['IMMEDIATELY', 'DAILY_DIGEST', 'OFF'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

export const DEFAULT_NOTIFICATION_DELIVERY: NotificationDelivery = 'IMMEDIATELY';

// Where a notification's e-mail stands. PENDING rows are picked up by the dispatcher, whoever wrote them.
export const EMAIL_STATES = ['PENDING', 'SENT', 'IN_DIGEST', 'DIGEST_SENT', 'SKIPPED'] as const;
export type EmailState = (typeof EMAIL_STATES)[number];
