export { meetingModeRoutes } from './lib/meeting-mode.routes';
export { meetingModeNamespace, meetingModeTranslations } from './lib/i18n/meeting-mode.translations';
