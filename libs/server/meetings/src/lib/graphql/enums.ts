import { registerEnumType } from '@nestjs/graphql';
import {
  ACTION_ITEM_KINDS,
  ACTION_ITEM_STATUSES,
  AGENDA_CHANGES,
  AGENDA_ITEM_KINDS,
  AGENDA_ITEM_SOURCES,
  COMMITMENT_PARTIES,
  DECISION_OUTCOMES,
  enumObject,
  MEETING_STATUSES,
  MEETING_TYPES,
} from '@doorbraak/domain';

export const MeetingTypeEnum = enumObject(MEETING_TYPES);
export const MeetingStatusEnum = enumObject(MEETING_STATUSES);
export const AgendaItemKindEnum = enumObject(AGENDA_ITEM_KINDS);
export const AgendaItemSourceEnum = enumObject(AGENDA_ITEM_SOURCES);
export const AgendaChangeEnum = enumObject(AGENDA_CHANGES);
export const ActionItemKindEnum = enumObject(ACTION_ITEM_KINDS);
export const ActionItemStatusEnum = enumObject(ACTION_ITEM_STATUSES);
export const CommitmentPartyEnum = enumObject(COMMITMENT_PARTIES);
export const DecisionOutcomeEnum = enumObject(DECISION_OUTCOMES);
export const MEETING_ORDERS = ['SOONEST_FIRST', 'LATEST_FIRST'] as const;
export type MeetingOrder = (typeof MEETING_ORDERS)[number];
export const MeetingOrderEnum = enumObject(MEETING_ORDERS);

registerEnumType(MeetingTypeEnum, { name: 'MeetingType', description: 'DOORBRAAKOVERLEG is national: it belongs to no alliance' });
registerEnumType(MeetingStatusEnum, { name: 'MeetingStatus', description: 'DRAFT → AGENDA_PUBLISHED → HELD → MINUTES_APPROVED, or CANCELLED' });
registerEnumType(MeetingOrderEnum, { name: 'MeetingOrder', description: 'By date and time: soonest first (upcoming meetings) or latest first (past ones)' });
registerEnumType(AgendaItemKindEnum, { name: 'AgendaItemKind' });
registerEnumType(AgendaItemSourceEnum, { name: 'AgendaItemSource', description: 'Put on the agenda by a person, or by the escalation ladder' });
registerEnumType(AgendaChangeEnum, { name: 'AgendaChange' });
registerEnumType(ActionItemKindEnum, { name: 'ActionItemKind', description: 'An actiepunt, or a commitment (toezegging) a party made to the alliance' });
registerEnumType(ActionItemStatusEnum, { name: 'ActionItemStatus' });
registerEnumType(CommitmentPartyEnum, { name: 'CommitmentParty', description: 'Who made a commitment: a partner, the municipality, or the Rijk' });
registerEnumType(DecisionOutcomeEnum, {
  name: 'DecisionOutcome',
  description: 'What a decision does to the escalated item it is about: resolve it, send it a rung down, or keep it',
});
