export { nationalRoutes } from './lib/national.routes';
export { nationalNamespace, nationalTranslations } from './lib/i18n/national.translations';
