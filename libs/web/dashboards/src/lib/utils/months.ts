import { toLocale } from '@doorbraak/web-ui';

// The API names Amsterdam calendar months as "YYYY-MM"; mid-month in UTC is that month in every zone.
const instantOf = (month: string): Date => {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 1, 15));
};

/** "2026-01" -> "jan 2026" (nl), for an axis. */
export const shortMonth = (month: string, language = 'nl'): string =>
  new Intl.DateTimeFormat(toLocale(language), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(instantOf(month));

/** "2026-01" -> "januari 2026" (nl), for tables and sentences. */
export const longMonth = (month: string, language = 'nl'): string =>
  new Intl.DateTimeFormat(toLocale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(instantOf(month));

/** ["a", "b", "c"] -> "a, b en c" (nl). */
export const listOf = (parts: readonly string[], language = 'nl'): string =>
  new Intl.ListFormat(toLocale(language), { type: 'conjunction' }).format(parts);
