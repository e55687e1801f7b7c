import { DateTime } from 'luxon';
import { AMSTERDAM_ZONE } from '../calendar/amsterdam-zone';

// Reminders for action items go out at 09:00 Amsterdam time: three days before the due date and on it.
export const REMINDER_HOUR = 9;
export const ACTION_ITEM_REMINDERS = [
  { key: 'D3', daysBefore: 3 },
  { key: 'D0', daysBefore: 0 },
] as const;
export type ReminderKey = (typeof ACTION_ITEM_REMINDERS)[number]['key'];

export type PlannedReminder = { readonly key: ReminderKey; readonly at: Date; readonly daysBefore: number };

const at9 = (isoDate: string, minusDays: number): Date =>
  DateTime.fromISO(isoDate, { zone: AMSTERDAM_ZONE }).minus({ days: minusDays }).set({ hour: REMINDER_HOUR }).toJSDate();

export const amsterdamToday = (now: Date): string => DateTime.fromJSDate(now, { zone: AMSTERDAM_ZONE }).toISODate() as string;

// The reminders still to send for an open action item. Points in the future are planned at their time;
// of the points already passed only the latest goes out at once, and none once the due date has passed.
export const reminderPlan = (dueDate: string, now: Date): PlannedReminder[] => {
  if (dueDate < amsterdamToday(now)) {
    return [];
  }
  const points = ACTION_ITEM_REMINDERS.map((point) => ({ key: point.key, daysBefore: point.daysBefore, at: at9(dueDate, point.daysBefore) }));
  const passed = points.filter((point) => point.at.getTime() <= now.getTime());
  const future = points.filter((point) => point.at.getTime() > now.getTime());
  const latestPassed = passed.at(-1);
  return [...(latestPassed ? [{ ...latestPassed, at: now }] : []), ...future];
};

// Before each ALLIANTIE meeting: status requests 7 and 3 days ahead, the briefing 3 days ahead.
export const STATUS_REQUEST_DAYS_BEFORE = [7, 3] as const;
export const BRIEFING_DAYS_BEFORE = 3;

export type PreparationJob =
  | { readonly kind: 'STATUS_REQUEST'; readonly round: 1 | 2; readonly at: Date }
  | { readonly kind: 'BRIEFING'; readonly at: Date };

// Days are counted on the wall clock: "7 days before a 14:00 meeting" is 14:00, also across a DST change.
export const preparationPlan = (scheduledAt: Date): PreparationJob[] => {
  const meeting = DateTime.fromJSDate(scheduledAt, { zone: AMSTERDAM_ZONE });
  return [
    { kind: 'STATUS_REQUEST', round: 1, at: meeting.minus({ days: STATUS_REQUEST_DAYS_BEFORE[0] }).toJSDate() },
    { kind: 'STATUS_REQUEST', round: 2, at: meeting.minus({ days: STATUS_REQUEST_DAYS_BEFORE[1] }).toJSDate() },
    { kind: 'BRIEFING', at: meeting.minus({ days: BRIEFING_DAYS_BEFORE }).toJSDate() },
  ];
};

// An owner answered a status request when the item moved after the first request went out.
export const answeredStatusRequest = (requestedAt: Date | null, lastProgressAt: Date | null): boolean | null => {
  if (requestedAt === null) {
    return null;
  }
  return lastProgressAt !== null && lastProgressAt.getTime() >= requestedAt.getTime();
};

// The preparation jobs still to run for an upcoming meeting. As with reminders, of the status requests
// whose time has passed only the latest runs at once; a briefing whose time has passed is prepared now.
export const duePreparation = (scheduledAt: Date, now: Date): PreparationJob[] => {
  if (scheduledAt.getTime() <= now.getTime()) {
    return [];
  }
  const plan = preparationPlan(scheduledAt);
  const requests = plan.filter((job) => job.kind === 'STATUS_REQUEST');
  const passed = requests.filter((job) => job.at.getTime() <= now.getTime());
  const latestPassed = passed.at(-1);
  return [
    ...(latestPassed ? [{ ...latestPassed, at: now }] : []),
    ...requests.filter((job) => job.at.getTime() > now.getTime()),
    ...plan.filter((job) => job.kind === 'BRIEFING').map((job) => (job.at.getTime() > now.getTime() ? job : { ...job, at: now })),
  ];
};
