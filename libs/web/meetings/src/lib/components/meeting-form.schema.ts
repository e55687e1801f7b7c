import type { TFunction } from 'i18next';
import { z } from 'zod';
import { parseDutchDate, parseTime } from '../utils/amsterdam-time';

export const TITLE_MAX = 200;
export const REASON_MAX = 2000;

export const DEFAULT_DURATION = 120;
const DURATIONS = [30, 45, 60, 90, 120, 150, 180, 240];

export const timeSchema = (t: TFunction) => z.string().refine((value) => parseTime(value) !== null, t('plan.invalidTime'));

export const dateSchema = (t: TFunction) => z.string().refine((value) => parseDutchDate(value) !== null, t('plan.invalidDate'));

const durationLabel = (t: TFunction, minutes: number): string => {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('plan.minutes', { count: minutes });
  return rest === 0 ? t('plan.hours', { count: hours }) : t('plan.hoursMinutes', { hours: t('plan.hours', { count: hours }), minutes: t('plan.minutes', { count: rest }) });
};

// The usual meeting lengths, and the current one when it is unusual.
export const durationOptions = (t: TFunction, current = DEFAULT_DURATION): { value: string; label: string }[] =>
  [...new Set([...DURATIONS, current])].sort((a, b) => a - b).map((minutes) => ({ value: String(minutes), label: durationLabel(t, minutes) }));
