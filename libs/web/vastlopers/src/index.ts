export { vastlopersRoutes } from './lib/vastlopers.routes';
export { vastlopersNamespace, vastlopersTranslations } from './lib/i18n/vastlopers.translations';
