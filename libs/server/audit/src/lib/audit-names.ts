// One naming rule for the trail: an operation is the name of the GraphQL mutation that made the change (or,
// for what no mutation names, a camelCase verb: login, loginFailed), an entity type the name of its GraphQL
// object type. The trail is append-only, so rows written under older names stay as they are; they are
// translated where they are read.
export const AUDIT_ENTITY_TYPES = [
  'ActionItem',
  'AgendaItem',
  'Alliance',
  'AnswerTimeSettings',
  'AuthSession',
  'CalendarFeed',
  'Decision',
  'Doorbraak',
  'Dossier',
  'EscalationFailure',
  'Invitation',
  'Meeting',
  'MeetingSeries',
  'Notification',
  'NotificationPreference',
  'Person',
  'PriorityVote',
  'SimilarVastloper',
  'Vastloper',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

const LEGACY_OPERATIONS: Readonly<Record<string, string>> = {
  'vastloper.create': 'createVastloper',
  'vastloper.update': 'updateVastloper',
  'vastloper.park': 'park',
  'vastloper.unpark': 'unpark',
  'vastloper.resolve': 'resolveVastloper',
  'vastloper.linkDoorbraak': 'linkDoorbraak',
  'doorbraak.create': 'createDoorbraak',
  'doorbraak.update': 'updateDoorbraak',
  'item.addProgress': 'addProgress',
  'item.acknowledge': 'acknowledge',
  'item.escalate': 'escalate',
  'item.deEscalate': 'deEscalate',
  'item.withdraw': 'withdraw',
  'ladder.update': 'updateEscalationLadder',
};

const LEGACY_ENTITY_TYPES: Readonly<Record<string, AuditEntityType>> = {
  action_item: 'ActionItem',
  agenda_item: 'AgendaItem',
  calendar_token: 'CalendarFeed',
  decision: 'Decision',
  escalation_job: 'EscalationFailure',
  meeting: 'Meeting',
  meeting_series: 'MeetingSeries',
  notification: 'Notification',
  notification_preference: 'NotificationPreference',
};

export const currentOperation = (stored: string): string => LEGACY_OPERATIONS[stored] ?? stored;
export const currentEntityType = (stored: string): string => LEGACY_ENTITY_TYPES[stored] ?? stored;

const storedNames = (legacy: Readonly<Record<string, string>>, name: string): string[] => [
  name,
  ...Object.keys(legacy).filter((old) => legacy[old] === name),
];

// Every name a filter value has been stored under.
export const storedOperations = (name: string): string[] => storedNames(LEGACY_OPERATIONS, currentOperation(name));
export const storedEntityTypes = (name: string): string[] => storedNames(LEGACY_ENTITY_TYPES, currentEntityType(name));
