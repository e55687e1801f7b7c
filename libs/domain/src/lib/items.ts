export const VASTLOPER_CATEGORIES = [
  'WET_EN_REGELGEVING',
  'FINANCIERING',
  'GEGEVENSDELING',
  'SAMENWERKING',
  'CAPACITEIT',
  'HUISVESTING',
  'UITVOERING',
  'VEILIGHEID',
  'OVERIG',
] as const;
export type VastloperCategory = (typeof VASTLOPER_CATEGORIES)[number];

export const VASTLOPER_STATUSES = ['OPEN', 'IN_BEHANDELING', 'GEPARKEERD', 'OPGELOST', 'INGETROKKEN'] as const;
export type VastloperStatus = (typeof VASTLOPER_STATUSES)[number];

// Statuses in which the stall clock runs.
export const OPEN_VASTLOPER_STATUSES = ['OPEN', 'IN_BEHANDELING'] as const satisfies readonly VastloperStatus[];

export const REMEDIES = [
  'MAATWERK',
  'EXPERIMENTEERBEPALING',
  'INTERPRETATIE',
  'WETSWIJZIGING',
  'FINANCIERING',
  'ANDERS',
] as const;
export type Remedy = (typeof REMEDIES)[number];

export const DOORBRAAK_KINDS = ['INITIATIEF', 'DOORBRAAK'] as const;
export type DoorbraakKind = (typeof DOORBRAAK_KINDS)[number];

export const DOORBRAAK_STATUSES = ['IDEE', 'LOPEND', 'BEREIKT', 'GESTOPT'] as const;
export type DoorbraakStatus = (typeof DOORBRAAK_STATUSES)[number];

export const ESCALATION_CAUSES = ['STALLED', 'MANUAL', 'DE_ESCALATED', 'RESOLVED'] as const;
export type EscalationCause = (typeof ESCALATION_CAUSES)[number];

export const NOTIFICATION_KINDS = [
  'ESCALATED',
  'EARLY_WARNING',
  // Stalled at the top rung, where there is nowhere higher to go.
  'OVERDUE',
  'TO_SCHEDULE',
  'AGENDA_PUBLISHED',
  'ACTION_ITEM_REMINDER',
  'STATUS_REQUEST',
  'BRIEFING_READY',
  // To administrators: an escalation job failed for good (the sweep runs it again while its item is due).
  'ESCALATION_FAILED',
  // To a person who already has an account: an inviter gave them a role (they sign in as always).
  'ROLE_GRANTED',
  // To the programme directors and rijksvertegenwoordigers of the alliances a national dossier carries items of.
  'DOSSIER_UPDATE',
  // To the holder of the next rung: a ministry did not acknowledge or answer an item in time (DOMAIN §5).
  'ANSWER_OVERDUE',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
