export * from './lib/enum-values';
export * from './lib/programme';
export * from './lib/roles';
export * from './lib/items';
export * from './lib/meetings';
export * from './lib/ladder';
export * from './lib/policy';
export * from './lib/dossiers/dossiers';
export * from './lib/dossiers/priority';
export * from './lib/calendar/dutch-holidays';
export { easterDate } from './lib/calendar/easter';
export { addWorkingDays, isWorkingDay, workingDaysBetween } from './lib/calendar/working-days';
export { addIsoDuration, isIsoDuration, isoDurationMillis } from './lib/calendar/iso-duration';
export { amsterdamDateOf, formatDutchDateTime, TIME_ZONE } from './lib/calendar/local-date';
export * from './lib/escalation/stall-clock';
export * from './lib/escalation/rung-holders';
export * from './lib/escalation/status-transitions';
export * from './lib/escalation/ladder-state';
export {
  LADDER_ERROR_CODES,
  transition,
  type LadderEffect,
  type LadderError,
  type LadderErrorCode,
  type LadderEvent,
  type SkippedRung,
  type TransitionResult,
} from './lib/escalation/transition';
export * from './lib/escalation/history';
export * from './lib/escalation/answer-time';
export * from './lib/meetings/values';
export * from './lib/meetings/series';
export * from './lib/meetings/meeting-status';
export * from './lib/meetings/agenda';
export * from './lib/meetings/commitments';
export * from './lib/meetings/schedule';
export * from './lib/meetings/briefing';
export * from './lib/meetings/meeting-access';
export * from './lib/meetings/meeting-permissions';
export * from './lib/meetings/dutch-format';
export * from './lib/input/text-rules';
export * from './lib/input/date-rules';
export * from './lib/web-paths';
