export { briefingRoutes } from './lib/briefing.routes';
export { briefingNamespace, briefingTranslations } from './lib/i18n/briefing.translations';
