export const commonNl = {
  app: {
    name: 'Doorbraak',
    tagline: 'Samenwerken in allianties',
    skipToContent: 'Direct naar de inhoud',
    mainNavigation: 'Hoofdnavigatie',
  },
  languageSwitch: {
    label: 'Taal kiezen',
    nl: 'Nederlands',
    en: 'English',
    nlShort: 'NL',
    enShort: 'EN',
  },
  state: {
    loading: 'Bezig met laden…',
    errorTitle: 'Er ging iets mis',
    retry: 'Opnieuw proberen',
    empty: 'Er is nog niets om te tonen.',
  },
};

export type CommonTranslations = typeof commonNl;
