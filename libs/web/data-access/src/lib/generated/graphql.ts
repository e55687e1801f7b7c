/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** One of the four action lines of the programme */
export type Actielijn =
  | 'MEEDOEN'
  | 'SAMENHANGENDE_AANPAK'
  | 'VEILIGHEID'
  | 'WONINGEN_EN_WIJKEN';

export type ActionItemFilter = {
  allianceId?: string | number | null | undefined;
  kind?: ActionItemKind | null | undefined;
  /** Only the caller's own */
  mine?: boolean | null | undefined;
  /** Open and past their due date */
  overdueOnly?: boolean | null | undefined;
  ownerId?: string | number | null | undefined;
  status?: ActionItemStatus | null | undefined;
};

/** An actiepunt, or a commitment (toezegging) a party made to the alliance */
export type ActionItemKind =
  | 'ACTION'
  | 'COMMITMENT';

export type ActionItemStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

export type AgendaItemKind =
  | 'DECISION'
  | 'DISCUSSION'
  | 'ESCALATION'
  | 'INFORMATION';

/** Put on the agenda by a person, or by the escalation ladder */
export type AgendaItemSource =
  | 'ESCALATION'
  | 'MANUAL';

export type AttendanceInput = {
  attendeeId: string | number;
  present: boolean;
};

/** Who made a commitment: a partner, the municipality, or the Rijk */
export type CommitmentParty =
  | 'GEMEENTE'
  | 'PARTNER'
  | 'RIJK';

export type CreateActionItemInput = {
  agendaItemId?: string | number | null | undefined;
  /** Defaults to the meeting's alliance; required for the doorbraakoverleg */
  allianceId?: string | number | null | undefined;
  committedBy?: CommitmentParty | null | undefined;
  /** The partner that made the commitment */
  committedByPartnerId?: string | number | null | undefined;
  /** At most 10 000 characters; line breaks and tabs allowed, no other control characters. */
  description: string;
  /** A commitment without one gets the next 1 July or 31 December. ISO date (YYYY-MM-DD), a real calendar date in the years 1900–2199. From a year ago up to twenty years ahead (the horizon of the programme). */
  dueDate?: string | null | undefined;
  kind?: ActionItemKind | null | undefined;
  /** The meeting where it was agreed */
  meetingId?: string | number | null | undefined;
  /** Required for an action */
  ownerId?: string | number | null | undefined;
};

export type CreateDoorbraakInput = {
  actielijn?: Actielijn | null | undefined;
  allianceId: string | number;
  /** At most 10 000 characters; line breaks and tabs allowed, no other control characters. */
  description?: string | null | undefined;
  /** At most 2 000 characters; line breaks and tabs allowed, no other control characters. */
  impact?: string | null | undefined;
  kind: DoorbraakKind;
  /** Defaults to the caller */
  ownerId?: string | number | null | undefined;
  /** IDEE, or LOPEND to start on the ladder at once */
  status?: DoorbraakStatus | null | undefined;
  /** At most 200 characters, on one line (no control characters). */
  title: string;
};

export type CreateVastloperInput = {
  actielijn: Actielijn;
  allianceId: string | number;
  category: VastloperCategory;
  confidential?: boolean | null | undefined;
  /** At most 10 000 characters; line breaks and tabs allowed, no other control characters. */
  description?: string | null | undefined;
  /** Law and article, such as "Participatiewet art. 31". At most 200 characters, on one line (no control characters). */
  legalReference?: string | null | undefined;
  /** Defaults to the caller */
  ownerId?: string | number | null | undefined;
  owningMinistry?: Ministry | null | undefined;
  remedy?: Remedy | null | undefined;
  /** At most 200 characters, on one line (no control characters). */
  title: string;
};

/** What a decision does to the escalated item it is about: resolve it, send it a rung down, or keep it */
export type DecisionOutcome =
  | 'DE_ESCALATE'
  | 'KEEP'
  | 'RESOLVE';

export type DoorbraakFilter = {
  actielijn?: Actielijn | null | undefined;
  allianceId?: string | number | null | undefined;
  kind?: DoorbraakKind | null | undefined;
  overdueAtTop?: boolean | null | undefined;
  rung?: EscalationRung | null | undefined;
  /** Dutch full-text search in title, description and impact. At most 200 characters and 20 words, on one line (no control characters). */
  search?: string | null | undefined;
  stalledOnly?: boolean | null | undefined;
  statuses?: Array<DoorbraakStatus> | null | undefined;
};

export type DoorbraakKind =
  | 'DOORBRAAK'
  | 'INITIATIEF';

export type DoorbraakStatus =
  | 'BEREIKT'
  | 'GESTOPT'
  | 'IDEE'
  | 'LOPEND';

export type EscalationCause =
  | 'DE_ESCALATED'
  | 'MANUAL'
  | 'RESOLVED'
  | 'STALLED';

/** A rung of the escalation ladder, bottom to top */
export type EscalationRung =
  | 'ALLIANTIE'
  | 'DOORBRAAKOVERLEG'
  | 'INTERDEPARTEMENTAAL'
  | 'PROGRAMMABUREAU'
  | 'RIJKSVERTEGENWOORDIGER';

/** A vastloper or a doorbraak */
export type ItemKind =
  | 'DOORBRAAK'
  | 'VASTLOPER';

export type MeetingFilter = {
  allianceId?: string | number | null | undefined;
  from?: string | null | undefined;
  statuses?: Array<MeetingStatus> | null | undefined;
  to?: string | null | undefined;
  type?: MeetingType | null | undefined;
};

/** DRAFT → AGENDA_PUBLISHED → HELD → MINUTES_APPROVED, or CANCELLED */
export type MeetingStatus =
  | 'AGENDA_PUBLISHED'
  | 'CANCELLED'
  | 'DRAFT'
  | 'HELD'
  | 'MINUTES_APPROVED';

/** DOORBRAAKOVERLEG is national: it belongs to no alliance */
export type MeetingType =
  | 'ALLIANTIE'
  | 'BESTUURLIJK'
  | 'DOORBRAAKOVERLEG'
  | 'PROGRAMMATEAM';

/** A ministry with a seat in the programme */
export type Ministry =
  | 'BZK'
  | 'JenV'
  | 'OCW'
  | 'SZW'
  | 'VWS';

/** How a person hears about a kind of notification: at once by e-mail, in a daily digest, or only in the app */
export type NotificationDelivery =
  | 'DAILY_DIGEST'
  | 'IMMEDIATELY'
  | 'OFF';

export type NotificationKind =
  | 'ACTION_ITEM_REMINDER'
  | 'AGENDA_PUBLISHED'
  | 'BRIEFING_READY'
  | 'EARLY_WARNING'
  | 'ESCALATED'
  | 'ESCALATION_FAILED'
  | 'OVERDUE'
  | 'ROLE_GRANTED'
  | 'STATUS_REQUEST'
  | 'TO_SCHEDULE';

export type PartnerType =
  | 'BEDRIJFSLEVEN'
  | 'BEWONERS'
  | 'CULTUUR'
  | 'GEMEENTE'
  | 'JEUGDZORG'
  | 'JUSTITIE'
  | 'ONDERWIJS'
  | 'OVERIG'
  | 'POLITIE'
  | 'RIJK'
  | 'SPORT'
  | 'WELZIJN'
  | 'WONINGCORPORATIE'
  | 'ZORG';

export type RecordDecisionInput = {
  agendaItemId?: string | number | null | undefined;
  /** Defaults to the agenda item's doorbraak */
  doorbraakId?: string | number | null | undefined;
  meetingId: string | number;
  /** For a decision on an escalated item: refused on an agenda item whose kind is not ESCALATION */
  outcome?: DecisionOutcome | null | undefined;
  /** The date on which it comes back on an agenda. ISO date (YYYY-MM-DD), a real calendar date in the years 1900–2199. After today, and at most ten years ahead. */
  reviewDate?: string | null | undefined;
  /** At most 10 000 characters; line breaks and tabs allowed, no other control characters. */
  text: string;
  /** Defaults to the agenda item's vastloper */
  vastloperId?: string | number | null | undefined;
};

/** What a vastloper asks for */
export type Remedy =
  | 'ANDERS'
  | 'EXPERIMENTEERBEPALING'
  | 'FINANCIERING'
  | 'INTERPRETATIE'
  | 'MAATWERK'
  | 'WETSWIJZIGING';

/** A role, held in one alliance or nationally */
export type Role =
  | 'ADMIN'
  | 'BUREAU_MEMBER'
  | 'MAYOR'
  | 'NATIONAL_COORDINATOR'
  | 'PARTNER_MEMBER'
  | 'PROGRAMME_DIRECTOR'
  | 'RIJKSVERTEGENWOORDIGER';

/** A stall time for one rung: working days or an ISO-8601 duration, not both */
export type RungSettingInput = {
  /** ISO-8601 duration such as PT30S or P3D, at most P2Y (two years). At most 40 characters, on one line (no control characters). */
  duration?: string | null | undefined;
  rung: EscalationRung;
  /** Whole working days, 1 to 500 */
  workingDays?: number | null | undefined;
};

export type StallUnit =
  | 'DURATION'
  | 'WORKING_DAYS';

/** Only the fields given change; none of them is progress, so the stall clock keeps running */
export type UpdateVastloperInput = {
  actielijn?: Actielijn | null | undefined;
  category?: VastloperCategory | null | undefined;
  confidential?: boolean | null | undefined;
  /** At most 10 000 characters; line breaks and tabs allowed, no other control characters. */
  description?: string | null | undefined;
  id: string | number;
  /** Law and article, such as "Participatiewet art. 31". At most 200 characters, on one line (no control characters). */
  legalReference?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  owningMinistry?: Ministry | null | undefined;
  remedy?: Remedy | null | undefined;
  /** At most 200 characters, on one line (no control characters). */
  title?: string | null | undefined;
};

export type VastloperCategory =
  | 'CAPACITEIT'
  | 'FINANCIERING'
  | 'GEGEVENSDELING'
  | 'HUISVESTING'
  | 'OVERIG'
  | 'SAMENWERKING'
  | 'UITVOERING'
  | 'VEILIGHEID'
  | 'WET_EN_REGELGEVING';

export type VastloperFilter = {
  actielijn?: Actielijn | null | undefined;
  allianceId?: string | number | null | undefined;
  category?: VastloperCategory | null | undefined;
  ministry?: Ministry | null | undefined;
  /** Only items flagged overdue at the doorbraakoverleg */
  overdueAtTop?: boolean | null | undefined;
  rung?: EscalationRung | null | undefined;
  /** Dutch full-text search in title, description and legal reference. At most 200 characters and 20 words, on one line (no control characters). */
  search?: string | null | undefined;
  /** Only open items past their stall time, or flagged at the top */
  stalledOnly?: boolean | null | undefined;
  statuses?: Array<VastloperStatus> | null | undefined;
};

export type VastloperStatus =
  | 'GEPARKEERD'
  | 'INGETROKKEN'
  | 'IN_BEHANDELING'
  | 'OPEN'
  | 'OPGELOST';

export type AlliancePageQueryVariables = Exact<{
  slug: string;
}>;


export type AlliancePageQuery = { __typename: 'Query', focusArea: { __typename: 'FocusArea', id: string, name: string, municipality: string, inhabitants: number, wijken: number, website: string | null, ambitions: Array<string>, characteristics: { __typename: 'FocusAreaCharacteristics', opvallend: string, sociaaleconomisch: string, woningvoorraad: string }, alliance: { __typename: 'Alliance', id: string, name: string, programmeBureau: string | null, programmeDescription: string | null, horizonStartYear: number, horizonEndYear: number | null, meetingCadence: string | null, viewerCan: { __typename: 'AlliancePermissions', manageLadder: boolean }, chair: { __typename: 'Person', id: string, name: string } | null, partners: Array<{ __typename: 'Partner', id: string, name: string, type: PartnerType, representatives: Array<{ __typename: 'Person', id: string, name: string }> }>, rijksvertegenwoordigers: Array<{ __typename: 'Rijksvertegenwoordiger', id: string, ministry: Ministry, position: string | null, person: { __typename: 'Person', id: string, name: string } }> } | null } };

export type EscalationLadderQueryVariables = Exact<{
  allianceId: string | number;
}>;


export type EscalationLadderQuery = { __typename: 'Query', escalationLadder: Array<{ __typename: 'RungSetting', rung: EscalationRung, unit: StallUnit, workingDays: number | null, duration: string | null, overridden: boolean, nationalDefault: { __typename: 'StallTimeSetting', unit: StallUnit, workingDays: number | null, duration: string | null } }> };

export type UpdateEscalationLadderMutationVariables = Exact<{
  allianceId: string | number;
  rungs: Array<RungSettingInput> | RungSettingInput;
}>;


export type UpdateEscalationLadderMutation = { __typename: 'Mutation', updateEscalationLadder: Array<{ __typename: 'RungSetting', rung: EscalationRung, unit: StallUnit, workingDays: number | null, duration: string | null, overridden: boolean, nationalDefault: { __typename: 'StallTimeSetting', unit: StallUnit, workingDays: number | null, duration: string | null } }> };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type AcceptInvitationMutation = { __typename: 'Mutation', acceptInvitation: { __typename: 'AuthPayload', accessToken: string, expiresAt: string } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { __typename: 'Mutation', login: { __typename: 'AuthPayload', accessToken: string, expiresAt: string } };

export type SignInOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInOptionsQuery = { __typename: 'Query', signInOptions: { __typename: 'SignInOptions', sso: boolean } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename: 'Mutation', logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename: 'Query', me: { __typename: 'Me', id: string, name: string, email: string, organisation: string | null, memberships: Array<{ __typename: 'MembershipModel', allianceId: string | null, allianceName: string | null, role: Role }> } };

export type FocusAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type FocusAreasQuery = { __typename: 'Query', focusAreas: Array<{ __typename: 'FocusArea', id: string, slug: string, name: string, municipality: string, inhabitants: number, wijken: number, website: string | null, ambitions: Array<string>, alliance: { __typename: 'Alliance', id: string, name: string } | null }> };

export type AcknowledgeItemMutationVariables = Exact<{
  itemId: string | number;
}>;


export type AcknowledgeItemMutation = { __typename: 'Mutation', acknowledge:
    | { __typename: 'Doorbraak' }
    | { __typename: 'Vastloper' }
   };

export type HomeActionItemsQueryVariables = Exact<{
  filter?: ActionItemFilter | null | undefined;
}>;


export type HomeActionItemsQuery = { __typename: 'Query', actionItems: Array<{ __typename: 'ActionItem', id: string, description: string, dueDate: string, overdue: boolean, status: ActionItemStatus }> };

export type HomeItemsQueryVariables = Exact<{
  filter?: VastloperFilter | null | undefined;
}>;


export type HomeItemsQuery = { __typename: 'Query', vastlopers: { __typename: 'VastloperConnection', totalCount: number, edges: Array<{ __typename: 'VastloperEdge', node: { __typename: 'Vastloper', id: string, title: string, rung: EscalationRung, status: VastloperStatus, stalled: boolean, overdueAtTop: boolean, earlyWarningAt: string | null, rungEnteredAt: string, alliance: { __typename: 'Alliance', id: string, name: string, slug: string }, owner: { __typename: 'Person', id: string }, viewerCan: { __typename: 'ItemPermissions', acknowledge: boolean } } }> } };

export type HomeMeetingsQueryVariables = Exact<{
  filter?: MeetingFilter | null | undefined;
}>;


export type HomeMeetingsQuery = { __typename: 'Query', meetings: Array<{ __typename: 'Meeting', id: string, title: string, scheduledAt: string, status: MeetingStatus, location: string | null }> };

export type LadderOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type LadderOverviewQuery = { __typename: 'Query', ladderOverview: Array<{ __typename: 'AllianceLadderOverview', allianceId: string, allianceName: string, allianceSlug: string, open: number, stalled: number, overdueAtTop: number, perRung: Array<{ __typename: 'RungCount', rung: EscalationRung, count: number }> }> };

export type MeetingModeApproveMinutesMutationVariables = Exact<{
  meetingId: string | number;
}>;


export type MeetingModeApproveMinutesMutation = { __typename: 'Mutation', approveMinutes: { __typename: 'Meeting', id: string, status: MeetingStatus, minutesApprovedAt: string | null, viewerCan: { __typename: 'MeetingPermissions', takeMinutes: boolean, recordDecision: boolean, createActionItem: boolean, carryOver: boolean, markHeld: boolean, approveMinutes: boolean }, minutesApprovedBy: { __typename: 'Person', id: string, name: string } | null, ownerCandidates: Array<{ __typename: 'Person', id: string, name: string, organisation: string | null }> } };

export type MeetingModeCarryOverAgendaItemMutationVariables = Exact<{
  id: string | number;
}>;


export type MeetingModeCarryOverAgendaItemMutation = { __typename: 'Mutation', carryOverAgendaItem: { __typename: 'AgendaItem', id: string, meeting: { __typename: 'Meeting', id: string, title: string, scheduledAt: string } } };

export type MeetingModeCreateMeetingActionItemMutationVariables = Exact<{
  input: CreateActionItemInput;
}>;


export type MeetingModeCreateMeetingActionItemMutation = { __typename: 'Mutation', createActionItem: { __typename: 'ActionItem', id: string, dueDate: string } };

export type MeetingModeMarkMeetingHeldMutationVariables = Exact<{
  meetingId: string | number;
}>;


export type MeetingModeMarkMeetingHeldMutation = { __typename: 'Mutation', markMeetingHeld: { __typename: 'Meeting', id: string, status: MeetingStatus, viewerCan: { __typename: 'MeetingPermissions', takeMinutes: boolean, recordDecision: boolean, createActionItem: boolean, carryOver: boolean, markHeld: boolean, approveMinutes: boolean } } };

export type MeetingModeQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingModeQuery = { __typename: 'Query', meeting: { __typename: 'Meeting', id: string, title: string, type: MeetingType, status: MeetingStatus, scheduledAt: string, durationMinutes: number, location: string | null, minutes: string | null, minutesApprovedAt: string | null, minutesApprovedBy: { __typename: 'Person', id: string, name: string } | null, alliance: { __typename: 'Alliance', id: string, name: string, partners: Array<{ __typename: 'Partner', id: string, name: string }> } | null, viewerCan: { __typename: 'MeetingPermissions', takeMinutes: boolean, recordDecision: boolean, createActionItem: boolean, carryOver: boolean, markHeld: boolean, approveMinutes: boolean }, attendees: Array<{ __typename: 'MeetingAttendee', id: string, present: boolean | null, person: { __typename: 'Person', id: string, name: string, organisation: string | null } | null, partner: { __typename: 'Partner', id: string, name: string } | null }>, agenda: Array<{ __typename: 'AgendaItem', id: string, position: number, title: string, kind: AgendaItemKind, source: AgendaItemSource, minutesAllotted: number, minute: string | null, carriedOverFromId: string | null, carriedOverTo: { __typename: 'AgendaItem', id: string, meeting: { __typename: 'Meeting', id: string, title: string, scheduledAt: string } } | null, presenter: { __typename: 'Person', id: string, name: string } | null, item: { __typename: 'MeetingItemRef', id: string, kind: ItemKind, title: string, status: string, rung: EscalationRung | null, confidential: boolean } | null }>, decisions: Array<{ __typename: 'Decision', id: string, agendaItemId: string | null, text: string, outcome: DecisionOutcome | null, createdAt: string }>, actionItems: Array<{ __typename: 'ActionItem', id: string, agendaItemId: string | null, description: string, dueDate: string, kind: ActionItemKind, status: ActionItemStatus, committedBy: CommitmentParty | null, owner: { __typename: 'Person', id: string, name: string } | null, committedByPartner: { __typename: 'Partner', id: string, name: string } | null }>, ownerCandidates: Array<{ __typename: 'Person', id: string, name: string, organisation: string | null }> } };

export type MeetingModeRecordAgendaMinuteMutationVariables = Exact<{
  agendaItemId: string | number;
  minute?: string | null | undefined;
}>;


export type MeetingModeRecordAgendaMinuteMutation = { __typename: 'Mutation', recordAgendaMinute: { __typename: 'AgendaItem', id: string, minute: string | null } };

export type MeetingModeRecordAttendanceMutationVariables = Exact<{
  meetingId: string | number;
  attendance: Array<AttendanceInput> | AttendanceInput;
}>;


export type MeetingModeRecordAttendanceMutation = { __typename: 'Mutation', recordAttendance: { __typename: 'Meeting', id: string, attendees: Array<{ __typename: 'MeetingAttendee', id: string, present: boolean | null }> } };

export type MeetingModeRecordDecisionMutationVariables = Exact<{
  input: RecordDecisionInput;
}>;


export type MeetingModeRecordDecisionMutation = { __typename: 'Mutation', recordDecision: { __typename: 'Decision', id: string, text: string, outcome: DecisionOutcome | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename: 'Mutation', markAllNotificationsRead: number };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { __typename: 'Mutation', markNotificationRead: { __typename: 'Notification', id: string, readAt: string | null } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename: 'Subscription', notificationAdded: { __typename: 'Notification', id: string, kind: NotificationKind } };

export type NotificationsQueryVariables = Exact<{
  unreadOnly: boolean;
}>;


export type NotificationsQuery = { __typename: 'Query', notifications: Array<{ __typename: 'Notification', id: string, kind: NotificationKind, message: string, link: string, createdAt: string, readAt: string | null }> };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { __typename: 'Query', notificationPreferences: Array<{ __typename: 'NotificationPreference', kind: NotificationKind, delivery: NotificationDelivery }> };

export type SetNotificationPreferenceMutationVariables = Exact<{
  kind: NotificationKind;
  delivery: NotificationDelivery;
}>;


export type SetNotificationPreferenceMutation = { __typename: 'Mutation', setNotificationPreference: { __typename: 'NotificationPreference', kind: NotificationKind, delivery: NotificationDelivery } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename: 'Query', unreadNotificationCount: number };

export type AcknowledgeMutationVariables = Exact<{
  itemId: string | number;
}>;


export type AcknowledgeMutation = { __typename: 'Mutation', acknowledge:
    | { __typename: 'Doorbraak' }
    | { __typename: 'Vastloper' }
   };

export type AddProgressMutationVariables = Exact<{
  itemId: string | number;
  text: string;
}>;


export type AddProgressMutation = { __typename: 'Mutation', addProgress: { __typename: 'ProgressUpdate', id: string } };

export type CreateDoorbraakMutationVariables = Exact<{
  input: CreateDoorbraakInput;
}>;


export type CreateDoorbraakMutation = { __typename: 'Mutation', createDoorbraak: { __typename: 'Doorbraak', id: string } };

export type CreateVastloperMutationVariables = Exact<{
  input: CreateVastloperInput;
}>;


export type CreateVastloperMutation = { __typename: 'Mutation', createVastloper: { __typename: 'Vastloper', id: string } };

export type DeEscalateMutationVariables = Exact<{
  itemId: string | number;
  reason: string;
}>;


export type DeEscalateMutation = { __typename: 'Mutation', deEscalate:
    | { __typename: 'Doorbraak' }
    | { __typename: 'Vastloper' }
   };

export type DoorbraakQueryVariables = Exact<{
  id: string | number;
}>;


export type DoorbraakQuery = { __typename: 'Query', doorbraak: { __typename: 'Doorbraak', id: string, title: string, description: string, status: DoorbraakStatus, kind: DoorbraakKind, rung: EscalationRung | null, actielijn: Actielijn | null, impact: string | null, stalled: boolean, rungEnteredAt: string | null, acknowledgedAt: string | null, achievedAt: string | null, createdAt: string, alliance: { __typename: 'Alliance', id: string, name: string, slug: string }, sharedWith: Array<{ __typename: 'Alliance', id: string, name: string, slug: string }>, owner: { __typename: 'Person', id: string, name: string }, viewerCan: { __typename: 'ItemPermissions', update: boolean, addProgress: boolean, acknowledge: boolean, escalate: boolean, deEscalate: boolean, park: boolean, unpark: boolean, resolve: boolean, withdraw: boolean }, timeline: Array<{ __typename: 'EscalationEvent', id: string, at: string, cause: EscalationCause, fromRung: EscalationRung | null, toRung: EscalationRung, reason: string | null, actor: { __typename: 'Person', id: string, name: string } | null }>, progressUpdates: Array<{ __typename: 'ProgressUpdate', id: string, at: string, text: string, author: { __typename: 'Person', id: string, name: string } }>, agendaItems: Array<{ __typename: 'AgendaAppearance', agendaItemId: string, meetingId: string, meetingTitle: string, scheduledAt: string, title: string }>, vastlopers: Array<{ __typename: 'Vastloper', id: string, title: string, status: VastloperStatus }> } };

export type DoorbrakenQueryVariables = Exact<{
  filter?: DoorbraakFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DoorbrakenQuery = { __typename: 'Query', doorbraken: { __typename: 'DoorbraakConnection', totalCount: number, pageInfo: { __typename: 'ItemPageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'DoorbraakEdge', cursor: string, node: { __typename: 'Doorbraak', id: string, title: string, status: DoorbraakStatus, kind: DoorbraakKind, rung: EscalationRung | null, stalled: boolean, impact: string | null, rungEnteredAt: string | null, alliance: { __typename: 'Alliance', id: string, name: string, slug: string }, viewerCan: { __typename: 'ItemPermissions', escalate: boolean, deEscalate: boolean, acknowledge: boolean } } }> } };

export type EscalateMutationVariables = Exact<{
  itemId: string | number;
  reason: string;
}>;


export type EscalateMutation = { __typename: 'Mutation', escalate:
    | { __typename: 'Doorbraak' }
    | { __typename: 'Vastloper' }
   };

export type LadderItemChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LadderItemChangedSubscription = { __typename: 'Subscription', ladderItemChanged: { __typename: 'LadderItemChange', itemType: ItemKind, itemId: string, toRung: EscalationRung | null, item:
      | { __typename: 'Doorbraak', id: string, doorbraakRung: EscalationRung | null, doorbraakStatus: DoorbraakStatus }
      | { __typename: 'Vastloper', id: string, rung: EscalationRung, status: VastloperStatus, rungEnteredAt: string }
     } };

export type VastloperSummaryFragment = { __typename: 'Vastloper', id: string, title: string, status: VastloperStatus, rung: EscalationRung, category: VastloperCategory, confidential: boolean, stalled: boolean, overdueAtTop: boolean, rungEnteredAt: string, earlyWarningAt: string | null, nextEscalationAt: string | null, alliance: { __typename: 'Alliance', id: string, name: string, slug: string }, viewerCan: { __typename: 'ItemPermissions', escalate: boolean, deEscalate: boolean, acknowledge: boolean } };

export type ParkMutationVariables = Exact<{
  id: string | number;
  until: string;
  reason: string;
}>;


export type ParkMutation = { __typename: 'Mutation', park: { __typename: 'Vastloper', id: string } };

export type ResolveVastloperMutationVariables = Exact<{
  id: string | number;
  resolution?: string | null | undefined;
  doorbraakId?: string | number | null | undefined;
}>;


export type ResolveVastloperMutation = { __typename: 'Mutation', resolveVastloper: { __typename: 'Vastloper', id: string } };

export type UnparkMutationVariables = Exact<{
  id: string | number;
}>;


export type UnparkMutation = { __typename: 'Mutation', unpark: { __typename: 'Vastloper', id: string } };

export type UpdateVastloperMutationVariables = Exact<{
  input: UpdateVastloperInput;
}>;


export type UpdateVastloperMutation = { __typename: 'Mutation', updateVastloper: { __typename: 'Vastloper', id: string, title: string, description: string, legalReference: string | null } };

export type VastloperQueryVariables = Exact<{
  id: string | number;
}>;


export type VastloperQuery = { __typename: 'Query', vastloper: { __typename: 'Vastloper', description: string, actielijn: Actielijn, owningMinistry: Ministry | null, legalReference: string | null, remedy: Remedy | null, createdAt: string, acknowledgedAt: string | null, lastProgressAt: string, parkedUntil: string | null, parkReason: string | null, resolution: string | null, resolvedAt: string | null, id: string, title: string, status: VastloperStatus, rung: EscalationRung, category: VastloperCategory, confidential: boolean, stalled: boolean, overdueAtTop: boolean, rungEnteredAt: string, earlyWarningAt: string | null, nextEscalationAt: string | null, owner: { __typename: 'Person', id: string, name: string, organisation: string | null }, reporter: { __typename: 'Person', id: string, name: string }, viewerCan: { __typename: 'ItemPermissions', update: boolean, addProgress: boolean, acknowledge: boolean, escalate: boolean, deEscalate: boolean, park: boolean, unpark: boolean, resolve: boolean, withdraw: boolean }, timeline: Array<{ __typename: 'EscalationEvent', id: string, at: string, cause: EscalationCause, fromRung: EscalationRung | null, toRung: EscalationRung, reason: string | null, skippedRungs: Array<EscalationRung>, actor: { __typename: 'Person', id: string, name: string } | null }>, progressUpdates: Array<{ __typename: 'ProgressUpdate', id: string, at: string, text: string, author: { __typename: 'Person', id: string, name: string } }>, agendaItems: Array<{ __typename: 'AgendaAppearance', agendaItemId: string, meetingId: string, meetingTitle: string, scheduledAt: string, title: string, meetingStatus: string }>, doorbraken: Array<{ __typename: 'Doorbraak', id: string, title: string, status: DoorbraakStatus }>, alliance: { __typename: 'Alliance', id: string, name: string, slug: string } } };

export type VastlopersQueryVariables = Exact<{
  filter?: VastloperFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VastlopersQuery = { __typename: 'Query', vastlopers: { __typename: 'VastloperConnection', totalCount: number, pageInfo: { __typename: 'ItemPageInfo', endCursor: string | null, hasNextPage: boolean }, edges: Array<{ __typename: 'VastloperEdge', cursor: string, node: { __typename: 'Vastloper', id: string, title: string, status: VastloperStatus, rung: EscalationRung, category: VastloperCategory, confidential: boolean, stalled: boolean, overdueAtTop: boolean, rungEnteredAt: string, earlyWarningAt: string | null, nextEscalationAt: string | null, alliance: { __typename: 'Alliance', id: string, name: string, slug: string }, viewerCan: { __typename: 'ItemPermissions', escalate: boolean, deEscalate: boolean, acknowledge: boolean } } }> } };

export type WithdrawMutationVariables = Exact<{
  itemId: string | number;
  reason?: string | null | undefined;
}>;


export type WithdrawMutation = { __typename: 'Mutation', withdraw:
    | { __typename: 'Doorbraak' }
    | { __typename: 'Vastloper' }
   };

export const VastloperSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VastloperSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vastloper"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rung"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAtTop"}},{"kind":"Field","name":{"kind":"Name","value":"rungEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"earlyWarningAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextEscalationAt"}},{"kind":"Field","name":{"kind":"Name","value":"alliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalate"}},{"kind":"Field","name":{"kind":"Name","value":"deEscalate"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}}]}}]}}]} as unknown as DocumentNode<VastloperSummaryFragment, unknown>;
export const AlliancePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlliancePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focusArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"inhabitants"}},{"kind":"Field","name":{"kind":"Name","value":"wijken"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"ambitions"}},{"kind":"Field","name":{"kind":"Name","value":"characteristics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opvallend"}},{"kind":"Field","name":{"kind":"Name","value":"sociaaleconomisch"}},{"kind":"Field","name":{"kind":"Name","value":"woningvoorraad"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageLadder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmeBureau"}},{"kind":"Field","name":{"kind":"Name","value":"programmeDescription"}},{"kind":"Field","name":{"kind":"Name","value":"horizonStartYear"}},{"kind":"Field","name":{"kind":"Name","value":"horizonEndYear"}},{"kind":"Field","name":{"kind":"Name","value":"meetingCadence"}},{"kind":"Field","name":{"kind":"Name","value":"chair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rijksvertegenwoordigers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ministry"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlliancePageQuery, AlliancePageQueryVariables>;
export const EscalationLadderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscalationLadder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationLadder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rung"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"nationalDefault"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}}]}}]}}]}}]} as unknown as DocumentNode<EscalationLadderQuery, EscalationLadderQueryVariables>;
export const UpdateEscalationLadderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEscalationLadder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rungs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RungSettingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEscalationLadder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rungs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rungs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rung"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"nationalDefault"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEscalationLadderMutation, UpdateEscalationLadderMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const SignInOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sso"}}]}}]}}]} as unknown as DocumentNode<SignInOptionsQuery, SignInOptionsQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceId"}},{"kind":"Field","name":{"kind":"Name","value":"allianceName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const FocusAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FocusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"inhabitants"}},{"kind":"Field","name":{"kind":"Name","value":"wijken"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"ambitions"}},{"kind":"Field","name":{"kind":"Name","value":"alliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FocusAreasQuery, FocusAreasQueryVariables>;
export const AcknowledgeItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeItemMutation, AcknowledgeItemMutationVariables>;
export const HomeActionItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeActionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HomeActionItemsQuery, HomeActionItemsQueryVariables>;
export const HomeItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VastloperFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vastlopers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rung"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAtTop"}},{"kind":"Field","name":{"kind":"Name","value":"earlyWarningAt"}},{"kind":"Field","name":{"kind":"Name","value":"rungEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"alliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeItemsQuery, HomeItemsQueryVariables>;
export const HomeMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]} as unknown as DocumentNode<HomeMeetingsQuery, HomeMeetingsQueryVariables>;
export const LadderOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LadderOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ladderOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceId"}},{"kind":"Field","name":{"kind":"Name","value":"allianceName"}},{"kind":"Field","name":{"kind":"Name","value":"allianceSlug"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAtTop"}},{"kind":"Field","name":{"kind":"Name","value":"perRung"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rung"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<LadderOverviewQuery, LadderOverviewQueryVariables>;
export const MeetingModeApproveMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingModeApproveMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minutesApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recordDecision"}},{"kind":"Field","name":{"kind":"Name","value":"createActionItem"}},{"kind":"Field","name":{"kind":"Name","value":"carryOver"}},{"kind":"Field","name":{"kind":"Name","value":"markHeld"}},{"kind":"Field","name":{"kind":"Name","value":"approveMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutesApprovedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingModeApproveMinutesMutation, MeetingModeApproveMinutesMutationVariables>;
export const MeetingModeCarryOverAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingModeCarryOverAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carryOverAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingModeCarryOverAgendaItemMutation, MeetingModeCarryOverAgendaItemMutationVariables>;
export const MeetingModeCreateMeetingActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingModeCreateMeetingActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]} as unknown as DocumentNode<MeetingModeCreateMeetingActionItemMutation, MeetingModeCreateMeetingActionItemMutationVariables>;
export const MeetingModeMarkMeetingHeldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingModeMarkMeetingHeld"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markMeetingHeld"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recordDecision"}},{"kind":"Field","name":{"kind":"Name","value":"createActionItem"}},{"kind":"Field","name":{"kind":"Name","value":"carryOver"}},{"kind":"Field","name":{"kind":"Name","value":"markHeld"}},{"kind":"Field","name":{"kind":"Name","value":"approveMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingModeMarkMeetingHeldMutation, MeetingModeMarkMeetingHeldMutationVariables>;
export const MeetingModeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingMode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"minutesApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesApprovedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recordDecision"}},{"kind":"Field","name":{"kind":"Name","value":"createActionItem"}},{"kind":"Field","name":{"kind":"Name","value":"carryOver"}},{"kind":"Field","name":{"kind":"Name","value":"markHeld"}},{"kind":"Field","name":{"kind":"Name","value":"approveMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"minutesAllotted"}},{"kind":"Field","name":{"kind":"Name","value":"minute"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFromId"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rung"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"committedBy"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committedByPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingModeQuery, MeetingModeQueryVariables>;
export const MeetingModeRecordAgendaMinuteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingModeRecordAgendaMinute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agendaItemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minute"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAgendaMinute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agendaItemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agendaItemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"minute"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minute"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minute"}}]}}]}}]} as unknown as DocumentNode<MeetingModeRecordAgendaMinuteMutation, MeetingModeRecordAgendaMinuteMutationVariables>;
export const MeetingModeRecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingModeRecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"attendance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"present"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingModeRecordAttendanceMutation, MeetingModeRecordAttendanceMutationVariables>;
export const MeetingModeRecordDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingModeRecordDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<MeetingModeRecordDecisionMutation, MeetingModeRecordDecisionMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"delivery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const AcknowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Acknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeMutation, AcknowledgeMutationVariables>;
export const AddProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddProgressMutation, AddProgressMutationVariables>;
export const CreateDoorbraakDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDoorbraak"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDoorbraakInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDoorbraak"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateDoorbraakMutation, CreateDoorbraakMutationVariables>;
export const CreateVastloperDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVastloper"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVastloperInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVastloper"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateVastloperMutation, CreateVastloperMutationVariables>;
export const DeEscalateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeEscalate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deEscalate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeEscalateMutation, DeEscalateMutationVariables>;
export const DoorbraakDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Doorbraak"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doorbraak"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rung"}},{"kind":"Field","name":{"kind":"Name","value":"actielijn"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"rungEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"achievedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"alliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"addProgress"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"escalate"}},{"kind":"Field","name":{"kind":"Name","value":"deEscalate"}},{"kind":"Field","name":{"kind":"Name","value":"park"}},{"kind":"Field","name":{"kind":"Name","value":"unpark"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"fromRung"}},{"kind":"Field","name":{"kind":"Name","value":"toRung"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTitle"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vastlopers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DoorbraakQuery, DoorbraakQueryVariables>;
export const DoorbrakenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Doorbraken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DoorbraakFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doorbraken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rung"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"rungEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"alliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalate"}},{"kind":"Field","name":{"kind":"Name","value":"deEscalate"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DoorbrakenQuery, DoorbrakenQueryVariables>;
export const EscalateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Escalate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<EscalateMutation, EscalateMutationVariables>;
export const LadderItemChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LadderItemChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ladderItemChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemType"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"toRung"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vastloper"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rung"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rungEnteredAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Doorbraak"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"doorbraakRung"},"name":{"kind":"Name","value":"rung"}},{"kind":"Field","alias":{"kind":"Name","value":"doorbraakStatus"},"name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LadderItemChangedSubscription, LadderItemChangedSubscriptionVariables>;
export const ParkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Park"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"park"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ParkMutation, ParkMutationVariables>;
export const ResolveVastloperDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveVastloper"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doorbraakId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveVastloper"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}},{"kind":"Argument","name":{"kind":"Name","value":"doorbraakId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doorbraakId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResolveVastloperMutation, ResolveVastloperMutationVariables>;
export const UnparkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unpark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnparkMutation, UnparkMutationVariables>;
export const UpdateVastloperDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVastloper"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVastloperInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVastloper"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}}]}}]}}]} as unknown as DocumentNode<UpdateVastloperMutation, UpdateVastloperMutationVariables>;
export const VastloperDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vastloper"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vastloper"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VastloperSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"actielijn"}},{"kind":"Field","name":{"kind":"Name","value":"owningMinistry"}},{"kind":"Field","name":{"kind":"Name","value":"legalReference"}},{"kind":"Field","name":{"kind":"Name","value":"remedy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastProgressAt"}},{"kind":"Field","name":{"kind":"Name","value":"parkedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"parkReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"addProgress"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}},{"kind":"Field","name":{"kind":"Name","value":"escalate"}},{"kind":"Field","name":{"kind":"Name","value":"deEscalate"}},{"kind":"Field","name":{"kind":"Name","value":"park"}},{"kind":"Field","name":{"kind":"Name","value":"unpark"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"fromRung"}},{"kind":"Field","name":{"kind":"Name","value":"toRung"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"skippedRungs"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTitle"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"meetingStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doorbraken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VastloperSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vastloper"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rung"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAtTop"}},{"kind":"Field","name":{"kind":"Name","value":"rungEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"earlyWarningAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextEscalationAt"}},{"kind":"Field","name":{"kind":"Name","value":"alliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalate"}},{"kind":"Field","name":{"kind":"Name","value":"deEscalate"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}}]}}]}}]} as unknown as DocumentNode<VastloperQuery, VastloperQueryVariables>;
export const VastlopersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vastlopers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VastloperFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vastlopers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VastloperSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VastloperSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vastloper"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rung"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"stalled"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAtTop"}},{"kind":"Field","name":{"kind":"Name","value":"rungEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"earlyWarningAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextEscalationAt"}},{"kind":"Field","name":{"kind":"Name","value":"alliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalate"}},{"kind":"Field","name":{"kind":"Name","value":"deEscalate"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledge"}}]}}]}}]} as unknown as DocumentNode<VastlopersQuery, VastlopersQueryVariables>;
export const WithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Withdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WithdrawMutation, WithdrawMutationVariables>;