import { DateTime } from 'luxon';
import { TIME_ZONE } from '../calendar/local-date';

// Dates shown to people: Dutch words, Amsterdam time.
export const formatDutchDayAndTime = (instant: Date): string =>
  DateTime.fromJSDate(instant, { zone: TIME_ZONE }).setLocale('nl').toFormat("cccc d LLLL yyyy 'om' HH:mm");

export const formatDutchDate = (isoDateOrInstant: string | Date): string =>
  (typeof isoDateOrInstant === 'string'
    ? DateTime.fromISO(isoDateOrInstant, { zone: TIME_ZONE })
    : DateTime.fromJSDate(isoDateOrInstant, { zone: TIME_ZONE })
  )
    .setLocale('nl')
    .toFormat('d LLLL yyyy');

export const formatDutchTime = (instant: Date): string => DateTime.fromJSDate(instant, { zone: TIME_ZONE }).toFormat('HH:mm');
