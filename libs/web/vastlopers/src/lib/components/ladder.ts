import type { EscalationRung } from '@doorbraak/web-data-access';

export const RUNGS: readonly EscalationRung[] = ['PROGRAMMABUREAU', 'ALLIANTIE', 'RIJKSVERTEGENWOORDIGER', 'INTERDEPARTEMENTAAL', 'DOORBRAAKOVERLEG'];

export const rungAbove = (rung: EscalationRung): EscalationRung | null => RUNGS[RUNGS.indexOf(rung) + 1] ?? null;
export const rungBelow = (rung: EscalationRung): EscalationRung | null => (RUNGS.indexOf(rung) > 0 ? RUNGS[RUNGS.indexOf(rung) - 1] : null);
