export { agendaRoutes } from './lib/agenda.routes';
export { agendaNamespace, agendaTranslations } from './lib/i18n/agenda.translations';
