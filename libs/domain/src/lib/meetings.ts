export const MEETING_TYPES = ['PROGRAMMATEAM', 'ALLIANTIE', 'BESTUURLIJK', 'DOORBRAAKOVERLEG'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

// The doorbraakoverleg is national: it belongs to no alliance.
export const NATIONAL_MEETING_TYPES = ['DOORBRAAKOVERLEG'] as const satisfies readonly MeetingType[];

export const MEETING_STATUSES = ['DRAFT', 'AGENDA_PUBLISHED', 'HELD', 'MINUTES_APPROVED', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const AGENDA_ITEM_KINDS = ['INFORMATION', 'DISCUSSION', 'DECISION', 'ESCALATION'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const AGENDA_ITEM_SOURCES = ['MANUAL', 'ESCALATION'] as const;
export type AgendaItemSource = (typeof AGENDA_ITEM_SOURCES)[number];

export const ACTION_ITEM_KINDS = ['ACTION', 'COMMITMENT'] as const;
export type ActionItemKind = (typeof ACTION_ITEM_KINDS)[number];

export const ACTION_ITEM_STATUSES = ['OPEN', 'DONE', 'CANCELLED'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

// Who made a commitment (toezegging) to the alliance.
export const COMMITMENT_PARTIES = ['PARTNER', 'GEMEENTE', 'RIJK'] as const;
export type CommitmentParty = (typeof COMMITMENT_PARTIES)[number];
