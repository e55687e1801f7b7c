import { DEFAULT_LADDER, type EscalationRung } from '@doorbraak/domain';

// Who holds each rung, as the demo texts name them.
export const RUNG_HOLDERS: Readonly<Record<EscalationRung, string>> = {
  PROGRAMMABUREAU: 'het programmabureau',
  ALLIANTIE: 'de alliantietafel',
  RIJKSVERTEGENWOORDIGER: 'de rijksvertegenwoordiger',
  INTERDEPARTEMENTAAL: 'de interdepartementale werkgroep',
  DOORBRAAKOVERLEG: 'het doorbraakoverleg',
};

export const stallReason = (rung: EscalationRung): string => {
  const stallTime = DEFAULT_LADDER.find((setting) => setting.rung === rung)?.stallTime;
  const limit = stallTime?.unit === 'WORKING_DAYS' ? `${stallTime.workingDays} werkdagen` : 'de stalltijd';
  return `Geen voortgang binnen ${limit} bij ${RUNG_HOLDERS[rung]}.`;
};

const dutchDate = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

export const formatDutchDate = (instant: Date): string => dutchDate.format(instant);

// Titles are 1..200 characters (a CHECK constraint); cut on code points so no emoji or accent is split.
export const TITLE_MAX = 200;

export const titleOf = (text: string): string => {
  const clean = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(clean);
  return characters.length <= TITLE_MAX ? clean : `${characters.slice(0, TITLE_MAX - 1).join('').trimEnd()}…`;
};
