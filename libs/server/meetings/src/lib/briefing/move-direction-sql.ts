import { ESCALATION_RUNGS } from '@doorbraak/domain';

// The domain's moveDirection as SQL over an escalation event, so the period's moves are counted and bounded where
// they are stored: up or down the ladder; NULL for a resolution or an item's first rung. A spec holds the two
// equal for every cause and pair of rungs.
export const moveDirectionSql = (event: string): string => {
  const index = (column: string) => `array_position(ARRAY[${ESCALATION_RUNGS.map((rung) => `'${rung}'`).join(', ')}]::text[], ${event}.${column})`;
  return `CASE WHEN ${event}.cause = 'RESOLVED' OR ${event}.from_rung IS NULL OR ${event}.from_rung = ${event}.to_rung THEN NULL
    WHEN ${index('to_rung')} > ${index('from_rung')} THEN 'ESCALATED' ELSE 'DE_ESCALATED' END`;
};
