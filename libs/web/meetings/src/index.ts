export { meetingsRoutes } from './lib/meetings.routes';
export { meetingsNamespace, meetingsTranslations } from './lib/i18n/meetings.translations';
