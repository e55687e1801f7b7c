export { homeRoutes } from './lib/home.routes';
export { homeNamespace, homeTranslations } from './lib/i18n/home.translations';
