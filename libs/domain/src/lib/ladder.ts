import type { MeetingType } from './meetings';

export const ESCALATION_RUNGS = [
  'PROGRAMMABUREAU',
  'ALLIANTIE',
  'RIJKSVERTEGENWOORDIGER',
  'INTERDEPARTEMENTAAL',
  'DOORBRAAKOVERLEG',
] as const;
export type EscalationRung = (typeof ESCALATION_RUNGS)[number];

export const STALL_UNITS = ['WORKING_DAYS', 'DURATION'] as const;
export type StallUnit = (typeof STALL_UNITS)[number];

// A stall time is either a number of Dutch working days or an ISO-8601 duration,
// so tests and demos can compress the ladder to seconds.
export type StallTime =
  | { readonly unit: 'WORKING_DAYS'; readonly workingDays: number }
  | { readonly unit: 'DURATION'; readonly duration: string };

export type RungSetting = {
  readonly rung: EscalationRung;
  readonly stallTime: StallTime;
};

export type Ladder = readonly RungSetting[];

// DOMAIN §3: at the top the stall time flags the item overdue instead of moving it.
export const DEFAULT_LADDER: Ladder = [
  { rung: 'PROGRAMMABUREAU', stallTime: { unit: 'WORKING_DAYS', workingDays: 15 } },
  { rung: 'ALLIANTIE', stallTime: { unit: 'WORKING_DAYS', workingDays: 30 } },
  { rung: 'RIJKSVERTEGENWOORDIGER', stallTime: { unit: 'WORKING_DAYS', workingDays: 30 } },
  { rung: 'INTERDEPARTEMENTAAL', stallTime: { unit: 'WORKING_DAYS', workingDays: 30 } },
  { rung: 'DOORBRAAKOVERLEG', stallTime: { unit: 'WORKING_DAYS', workingDays: 60 } },
];

export const TOP_RUNG: EscalationRung = 'DOORBRAAKOVERLEG';

export const rungIndex = (rung: EscalationRung): number => ESCALATION_RUNGS.indexOf(rung);

export const nextRung = (rung: EscalationRung): EscalationRung | null =>
  ESCALATION_RUNGS[rungIndex(rung) + 1] ?? null;

export const previousRung = (rung: EscalationRung): EscalationRung | null =>
  rungIndex(rung) > 0 ? ESCALATION_RUNGS[rungIndex(rung) - 1] : null;

// Rungs that meet place arriving items on the agenda of their next meeting.
export const meetingTypeOfRung = (rung: EscalationRung): MeetingType | null => {
  switch (rung) {
    case 'ALLIANTIE':
      return 'ALLIANTIE';
    case 'DOORBRAAKOVERLEG':
      return 'DOORBRAAKOVERLEG';
    case 'PROGRAMMABUREAU':
    case 'RIJKSVERTEGENWOORDIGER':
    case 'INTERDEPARTEMENTAAL':
      return null;
  }
};

// An alliance overrides single rungs; the rest keeps the default.
export const effectiveLadder = (overrides: readonly RungSetting[], base: Ladder = DEFAULT_LADDER): Ladder =>
  base.map((setting) => overrides.find((override) => override.rung === setting.rung) ?? setting);
