// Meetings are planned in Dutch local time; the database stores instants (timestamptz).
const TIME_ZONE = 'Europe/Amsterdam';
const DAY_MS = 24 * 60 * 60 * 1000;

export type LocalDate = { readonly year: number; readonly month: number; readonly day: number };

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const wallClockOf = (instant: Date): { date: LocalDate; hour: number; minute: number; second: number } => {
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: { year: Number(parts['year']), month: Number(parts['month']), day: Number(parts['day']) },
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
  };
};

// Minutes Amsterdam is ahead of UTC at that instant: 60 in winter (CET), 120 in summer (CEST).
export const amsterdamOffsetMinutes = (instant: Date): number => {
  const wall = wallClockOf(instant);
  const wallAsUtc = Date.UTC(wall.date.year, wall.date.month - 1, wall.date.day, wall.hour, wall.minute, wall.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallAsUtc - wholeSeconds) / 60000);
};

export const amsterdamDateOf = (instant: Date): LocalDate => wallClockOf(instant).date;

// The instant at which Amsterdam clocks show this date and time.
export const atAmsterdamTime = (date: LocalDate, hour: number, minute = 0): Date => {
  const wallAsUtc = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const firstGuess = wallAsUtc - amsterdamOffsetMinutes(new Date(wallAsUtc)) * 60000;
  // The offset at the guess is the right one unless the guess crossed a DST switch.
  return new Date(wallAsUtc - amsterdamOffsetMinutes(new Date(firstGuess)) * 60000);
};

export const addDays = (date: LocalDate, days: number): LocalDate => {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
};

// ISO weekday: 1 = Monday … 7 = Sunday.
export const isoWeekday = (date: LocalDate): number => {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
};

export const toIsoDate = (date: LocalDate): string =>
  `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

// A moment `days` before `now`, at a given Amsterdam hour: demo history happens in office hours.
export const daysBefore = (now: Date, days: number, hour: number): Date =>
  atAmsterdamTime(addDays(amsterdamDateOf(now), -days), hour);

export const daysAfter = (now: Date, days: number, hour: number): Date =>
  atAmsterdamTime(addDays(amsterdamDateOf(now), days), hour);

export const plusDays = (instant: Date, days: number): Date => new Date(instant.getTime() + days * DAY_MS);
