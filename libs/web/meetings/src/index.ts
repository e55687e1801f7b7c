export { meetingsRoutes } from './lib/meetings.routes';
export { meetingsNamespace, meetingsTranslations } from './lib/i18n/meetings.translations';
export { MeetingActions } from './lib/components/meeting-actions.component';
export type { MeetingActionsMeeting, MeetingActionsProps } from './lib/components/meeting-actions.component';
