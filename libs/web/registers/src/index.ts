export { registersRoutes } from './lib/registers.routes';
export { registersNamespace, registersTranslations } from './lib/i18n/registers.translations';
