import { DateTime } from 'luxon';
import { TIME_ZONE } from '../calendar/local-date';

// A recurring meeting: every N weeks from the first one, at the same Amsterdam wall-clock time,
// up to an optional last date, without the dates listed as exceptions.
export type SeriesRule = {
  readonly firstAt: Date;
  readonly intervalWeeks: number;
  // ISO dates in Amsterdam time; `until` is inclusive.
  readonly until: string | null;
  readonly exceptions: readonly string[];
};

export const MAX_SERIES_OCCURRENCES = 60;

export type SeriesRuleProblem = 'INTERVAL' | 'UNTIL_BEFORE_FIRST' | 'EXCEPTION_NOT_A_DATE';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const localDateOf = (instant: DateTime): string => instant.toISODate() as string;

export const seriesRuleProblems = (rule: SeriesRule): SeriesRuleProblem[] => {
  const problems: SeriesRuleProblem[] = [];
  if (!Number.isInteger(rule.intervalWeeks) || rule.intervalWeeks < 1 || rule.intervalWeeks > 52) {
    problems.push('INTERVAL');
  }
  const first = DateTime.fromJSDate(rule.firstAt, { zone: TIME_ZONE });
  if (rule.until !== null && (!ISO_DATE.test(rule.until) || rule.until < localDateOf(first))) {
    problems.push('UNTIL_BEFORE_FIRST');
  }
  if (rule.exceptions.some((date) => !ISO_DATE.test(date) || !DateTime.fromISO(date).isValid)) {
    problems.push('EXCEPTION_NOT_A_DATE');
  }
  return problems;
};

// The meetings of a series within [from, to], oldest first. Weeks are added on the wall clock, so a
// 14:00 meeting stays at 14:00 when the clocks change (the UTC instant moves by an hour).
export const seriesOccurrences = (
  rule: SeriesRule,
  window: { readonly from: Date; readonly to: Date },
  limit = MAX_SERIES_OCCURRENCES,
): Date[] => {
  if (seriesRuleProblems(rule).length > 0) {
    throw new RangeError(`invalid meeting series: ${seriesRuleProblems(rule).join(', ')}`);
  }
  const first = DateTime.fromJSDate(rule.firstAt, { zone: TIME_ZONE });
  const skipped = new Set(rule.exceptions);
  const dates: Date[] = [];
  for (let index = 0; dates.length < limit; index += 1) {
    const occurrence = first.plus({ weeks: index * rule.intervalWeeks });
    const date = localDateOf(occurrence);
    if ((rule.until !== null && date > rule.until) || occurrence.toMillis() > window.to.getTime()) {
      break;
    }
    if (occurrence.toMillis() >= window.from.getTime() && !skipped.has(date)) {
      dates.push(occurrence.toJSDate());
    }
  }
  return dates;
};
