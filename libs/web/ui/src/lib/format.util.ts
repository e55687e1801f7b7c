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
