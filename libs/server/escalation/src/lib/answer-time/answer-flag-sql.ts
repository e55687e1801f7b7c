import type { AnswerFlag } from '@doorbraak/domain';

// The flag of `answerFlag` (libs/domain answer-time.ts) as SQL over the item's open clock, for lists filtered
// in SQL. `item` is the vastloper's alias, `now` a bound parameter. An unacknowledged clock past its answer-by
// moment is also past its acknowledge-by moment (a CHECK keeps them in order), so it is ACK_OVERDUE.
export const answerFlagSql = (flag: AnswerFlag, item: string, now: string): string => {
  const open = `FROM answer_clock ac WHERE ac.vastloper_id = ${item}.id AND ac.closed_at IS NULL AND ac.answered_at IS NULL`;
  const ackOverdue = `EXISTS (SELECT 1 ${open} AND ac.acknowledged_at IS NULL AND ac.acknowledge_by <= ${now})`;
  const answerOverdue = `EXISTS (SELECT 1 ${open} AND ac.acknowledged_at IS NOT NULL AND ac.answer_by <= ${now})`;
  switch (flag) {
    case 'ACK_OVERDUE':
      return ackOverdue;
    case 'ANSWER_OVERDUE':
      return answerOverdue;
    case 'NONE':
      return `NOT ${ackOverdue} AND NOT ${answerOverdue}`;
  }
};
