export const agendaNl = {
  title: 'Agenda',
};

export type AgendaTranslations = typeof agendaNl;
