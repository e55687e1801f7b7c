import type { CommonTranslations } from './common.nl';

export const commonEn: CommonTranslations = {
  app: {
    name: 'Doorbraak',
    tagline: 'Collaborating in alliances',
    skipToContent: 'Skip to content',
    mainNavigation: 'Main navigation',
  },
  languageSwitch: {
    label: 'Choose language',
    // Language names stay in their own language so people can find theirs.
    nl: 'Nederlands',
    en: 'English',
    nlShort: 'NL',
    enShort: 'EN',
  },
  state: {
    loading: 'Loading…',
    errorTitle: 'Something went wrong',
    retry: 'Try again',
    empty: 'There is nothing to show yet.',
  },
};
