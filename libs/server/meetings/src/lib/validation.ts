import { isIsoDate, TEXT_RULES } from '@doorbraak/domain';
import { invalidInput } from './meetings.exception';

// The limits of TEXT_RULES, which the API checks for every request before any resolver; kept here for
// every other caller.
export const TITLE_MAX = TEXT_RULES.title.maxLength;
export const TEXT_MAX = TEXT_RULES.description.maxLength;

// Trimmed, not empty, at most `max` characters (code points, so an accent or emoji counts once).
export const cleanText = (value: string | null | undefined, what: string, max = TEXT_MAX): string => {
  const clean = (value ?? '').trim();
  if (clean.length === 0) {
    throw invalidInput(`Enter ${what}.`);
  }
  if (Array.from(clean).length > max) {
    throw invalidInput(`${what[0].toUpperCase()}${what.slice(1)} is longer than ${max} characters.`);
  }
  return clean;
};

export const optionalText = (value: string | null | undefined, what: string, max = TEXT_MAX): string | null =>
  value == null || value.trim().length === 0 ? null : cleanText(value, what, max);

export const isoDate = (value: string, what: string): string => {
  if (!isIsoDate(value)) {
    throw invalidInput(`${what[0].toUpperCase()}${what.slice(1)} is not a date (YYYY-MM-DD): "${value}".`);
  }
  return value;
};

export const MEETING_MINUTES_RANGE = { min: 15, max: 600 } as const;

export const meetingMinutes = (value: number): number => {
  if (!Number.isInteger(value) || value < MEETING_MINUTES_RANGE.min || value > MEETING_MINUTES_RANGE.max) {
    throw invalidInput(`A meeting lasts ${MEETING_MINUTES_RANGE.min} to ${MEETING_MINUTES_RANGE.max} minutes.`);
  }
  return value;
};

export const agendaMinutes = (value: number): number => {
  if (!Number.isInteger(value) || value < 0 || value > MEETING_MINUTES_RANGE.max) {
    throw invalidInput(`An agenda item lasts 0 to ${MEETING_MINUTES_RANGE.max} minutes.`);
  }
  return value;
};
