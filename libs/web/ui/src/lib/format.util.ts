// Display locale per UI language; Dutch is the default and the fallback.
const localeByLanguage: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

export const toLocale = (language = 'nl'): string => localeByLanguage[language] ?? localeByLanguage['nl'];

const numberFormats = new Map<string, Intl.NumberFormat>();

// Intl formatters are costly to build and tables format many cells, so reuse one per locale.
const numberFormatFor = (locale: string): Intl.NumberFormat => {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format;
};

/** 1114833 -> "1.114.833" (nl) or "1,114,833" (en). */
export const formatNumber = (value: number, language = 'nl'): string => numberFormatFor(toLocale(language)).format(value);

// Every date is shown in the programme's time zone, whatever the browser's.
export const TIME_ZONE = 'Europe/Amsterdam';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

const dateFormatFor = (locale: string, withTime: boolean): Intl.DateTimeFormat => {
  const key = `${locale}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: TIME_ZONE,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
};

/** "2025-05-12T12:30:00Z" -> "12 mei 2025" (nl) or "12 May 2025" (en). */
export const formatDate = (iso: string, language = 'nl'): string => dateFormatFor(toLocale(language), false).format(new Date(iso));

/** "2025-05-12T12:30:00Z" -> "12 mei 2025 om 14:30" (nl), in Amsterdam time. */
export const formatDateTime = (iso: string, language = 'nl'): string => dateFormatFor(toLocale(language), true).format(new Date(iso));

/** Whole days between two instants, for "3 dagen op deze trede". */
export const daysBetween = (fromIso: string, to: Date = new Date()): number =>
  Math.max(0, Math.floor((to.getTime() - new Date(fromIso).getTime()) / 86_400_000));
