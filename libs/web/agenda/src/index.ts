export { agendaRoutes } from './lib/agenda.routes';
export { agendaNamespace, agendaTranslations } from './lib/i18n/agenda.translations';
// For the other screens of one meeting (meeting mode, briefing): the same header and the fragment it reads.
export { MeetingHeader } from './lib/components/meeting-header.component';
export type { MeetingHeaderProps, MeetingScreen } from './lib/components/meeting-header.component';
export { MeetingHeaderFragment } from './lib/graphql/meeting-header.fragment';
export { AgendaItemFragment } from './lib/graphql/agenda-item.fragment';
