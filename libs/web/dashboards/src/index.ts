export { dashboardsRoutes } from './lib/dashboards.routes';
export { dashboardsNamespace, dashboardsTranslations } from './lib/i18n/dashboards.translations';
