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
    throw invalidInput(`Vul ${what} in.`);
  }
  if (Array.from(clean).length > max) {
    throw invalidInput(`${what[0].toUpperCase()}${what.slice(1)} is langer dan ${max} tekens.`);
  }
  return clean;
};

export const optionalText = (value: string | null | undefined, what: string, max = TEXT_MAX): string | null =>
  value == null || value.trim().length === 0 ? null : cleanText(value, what, max);

export const isoDate = (value: string, what: string): string => {
  if (!isIsoDate(value)) {
    throw invalidInput(`${what[0].toUpperCase()}${what.slice(1)} is geen datum (JJJJ-MM-DD): "${value}".`);
  }
  return value;
};

export const MEETING_MINUTES_RANGE = { min: 15, max: 600 } as const;

export const meetingMinutes = (value: number): number => {
  if (!Number.isInteger(value) || value < MEETING_MINUTES_RANGE.min || value > MEETING_MINUTES_RANGE.max) {
    throw invalidInput(`Een vergadering duurt ${MEETING_MINUTES_RANGE.min} tot ${MEETING_MINUTES_RANGE.max} minuten.`);
  }
  return value;
};

export const agendaMinutes = (value: number): number => {
  if (!Number.isInteger(value) || value < 0 || value > MEETING_MINUTES_RANGE.max) {
    throw invalidInput(`Een agendapunt duurt 0 tot ${MEETING_MINUTES_RANGE.max} minuten.`);
  }
  return value;
};
