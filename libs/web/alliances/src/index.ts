export { alliancesRoutes } from './lib/alliances.routes';
export { alliancesNamespace, alliancesTranslations } from './lib/i18n/alliances.translations';
