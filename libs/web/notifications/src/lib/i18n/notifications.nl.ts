export const notificationsNl = {
  bell_one: 'Meldingen ({{count}} ongelezen)',
  bell_other: 'Meldingen ({{count}} ongelezen)',
  title: 'Meldingen',
  intro: 'Berichten over escalaties, agenda’s, herinneringen en statusverzoeken.',
  unreadOnly: 'Alleen ongelezen',
  all: 'Alle meldingen',
  markRead: 'Markeer als gelezen',
  markAllRead: 'Alles als gelezen markeren',
  markedAll_one: '{{count}} melding als gelezen gemarkeerd.',
  markedAll_other: '{{count}} meldingen als gelezen gemarkeerd.',
  unread: 'Ongelezen',
  empty: 'Geen meldingen.',
  loading: 'Meldingen worden geladen…',
  loadError: 'De meldingen konden niet worden geladen',
  preferencesLink: 'Voorkeuren voor meldingen',
  preferences: {
    title: 'Voorkeuren voor meldingen',
    intro: 'Kies per soort melding of u die direct per e-mail krijgt, in een dagelijks overzicht om 07:00, of niet per e-mail. In Doorbraak ziet u ze altijd.',
    saved: 'Voorkeur opgeslagen: {{kind}} — {{delivery}}.',
    loadError: 'De voorkeuren konden niet worden geladen',
  },
};

export type NotificationsTranslations = typeof notificationsNl;
