// Dates the API accepts: ISO-8601 text naming a real calendar day in a plausible range, and per purpose
// a window around today. One table for the API (which enforces and describes it) and the web forms.

export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;

export type DateProblemReason = 'INVALID_DATE_TIME' | 'INVALID_DATE' | 'DATE_OUT_OF_RANGE';

export type DateProblem = { readonly reason: DateProblemReason; readonly message: string };

export type Parsed<T> = { readonly value: T; readonly problem?: never } | { readonly value?: never; readonly problem: DateProblem };

// An instant with its offset: 2027-03-01T10:00:00+01:00, 2027-03-01T09:00Z, with up to nine fraction digits.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_OFFSET_MINUTES = 14 * 60;
const DAY_MS = 86_400_000;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const calendarProblem = (year: number, month: number, day: number, reason: DateProblemReason, text: string): DateProblem | null => {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { reason, message: `"${text}" is not an existing date.` };
  }
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return { reason: 'DATE_OUT_OF_RANGE', message: `A date lies between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}; "${text}" does not.` };
  }
  return null;
};

const shown = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export const parseIsoDateTime = (value: unknown): Parsed<Date> => {
  const invalid: DateProblem = {
    reason: 'INVALID_DATE_TIME',
    message: `${typeof value === 'string' ? `"${shown(value)}"` : 'This'} is not a date and time: use ISO-8601 with a time zone, such as 2027-03-01T10:00:00+01:00 or 2027-03-01T09:00:00Z.`,
  };
  if (typeof value !== 'string') {
    return { problem: invalid };
  }
  const match = DATE_TIME.exec(value);
  if (!match) {
    return { problem: invalid };
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const fraction = match[7] ? Math.floor(Number(match[7]) * 1000) : 0;
  const calendar = calendarProblem(year, month, day, 'INVALID_DATE_TIME', value);
  if (calendar) {
    return { problem: calendar };
  }
  const offsetMinutes = match[8] ? 0 : (match[9] === '-' ? -1 : 1) * (Number(match[10]) * 60 + Number(match[11]));
  if (hour > 23 || minute > 59 || second > 59 || Number(match[11] ?? 0) > 59 || Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) {
    return { problem: { reason: 'INVALID_DATE_TIME', message: `"${value}" is not an existing date and time (the hour, minute, second or time zone is wrong).` } };
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, fraction) - offsetMinutes * 60_000;
  // Date.UTC maps the years 0–99 onto 1900–1999; the range check above keeps those out.
  return { value: new Date(utc) };
};

// A calendar date (2027-03-01), as the API keeps due dates and review dates.
export const parseIsoDate = (value: string): Parsed<string> => {
  const match = DATE.exec(value);
  if (!match) {
    return { problem: { reason: 'INVALID_DATE', message: `"${shown(value)}" is not a date: use YYYY-MM-DD, such as 2027-03-01.` } };
  }
  const calendar = calendarProblem(Number(match[1]), Number(match[2]), Number(match[3]), 'INVALID_DATE', value);
  return calendar ? { problem: calendar } : { value };
};

// How far from now a date of one purpose may lie; `description` states it in the schema, `allowed` in messages.
export type DateWindow = {
  readonly daysBack: number;
  readonly daysAhead: number;
  readonly label: string;
  readonly description: string;
  readonly allowed: string;
};

const YEAR = 366;

export const DATE_WINDOWS = {
  meeting: {
    daysBack: YEAR,
    daysAhead: 10 * YEAR,
    label: 'the time of the meeting',
    description: 'From a year ago up to ten years ahead.',
    allowed: 'between a year ago and ten years ahead',
  },
  // The service refuses the future itself, with its own reason; a day's margin leaves that to it.
  progress: {
    daysBack: YEAR,
    daysAhead: 1,
    label: 'the time of the progress',
    description: 'Not in the future, and at most a year ago.',
    allowed: 'not in the future and at most a year ago',
  },
  // The ladder refuses a date in the past itself (PARK_DATE_IN_PAST).
  parkUntil: {
    daysBack: 1,
    daysAhead: 2 * YEAR,
    label: 'the date until which the item is parked',
    description: 'In the future, and at most two years ahead.',
    allowed: 'in the future and at most two years ahead',
  },
  dueDate: {
    daysBack: YEAR,
    daysAhead: 20 * YEAR,
    label: 'the due date',
    description: 'From a year ago up to twenty years ahead (the horizon of the programme).',
    allowed: 'between a year ago and twenty years ahead',
  },
  // The service refuses today and earlier itself.
  reviewDate: {
    daysBack: 1,
    daysAhead: 10 * YEAR,
    label: 'the review date',
    description: 'After today, and at most ten years ahead.',
    allowed: 'after today and at most ten years ahead',
  },
  meetingDate: {
    daysBack: YEAR,
    daysAhead: 10 * YEAR,
    label: 'the date',
    description: 'From a year ago up to ten years ahead.',
    allowed: 'between a year ago and ten years ahead',
  },
} as const satisfies Record<string, DateWindow>;

const capitalised = (label: string): string => `${label[0].toUpperCase()}${label.slice(1)}`;

const outside = (window: DateWindow): DateProblem => ({
  reason: 'DATE_OUT_OF_RANGE',
  message: `${capitalised(window.label)} must lie ${window.allowed}.`,
});

export const instantWindowProblem = (instant: Date, window: DateWindow, now: Date): DateProblem | null => {
  const offset = instant.getTime() - now.getTime();
  return offset < -window.daysBack * DAY_MS || offset > window.daysAhead * DAY_MS ? outside(window) : null;
};

// `today` is the ISO date of today where the date counts (Amsterdam).
export const dateWindowProblem = (isoDate: string, window: DateWindow, today: string): DateProblem | null => {
  const offset = (Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS;
  return offset < -window.daysBack || offset > window.daysAhead ? outside(window) : null;
};

export const DATE_TIME_DESCRIPTION =
  `An instant as ISO-8601 text with a time-zone offset, such as 2027-03-01T10:00:00+01:00 or 2027-03-01T09:00:00Z: ` +
  `a real calendar date in the years ${EARLIEST_YEAR}–${LATEST_YEAR}.`;

export const ISO_DATE_DESCRIPTION = `ISO date (YYYY-MM-DD), a real calendar date in the years ${EARLIEST_YEAR}–${LATEST_YEAR}.`;
