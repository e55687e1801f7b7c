import type { AgendaTranslations } from './agenda.nl';

export const agendaEn: AgendaTranslations = {
  title: 'Agenda',
};
