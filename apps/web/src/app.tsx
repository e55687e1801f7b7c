import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@doorbraak/web-data-access';
import { FocusAreasPage, focusAreasTranslations } from '@doorbraak/web-focus-areas';
import { LanguageSwitch, createI18n, defaultLanguage, isSupportedLanguage } from '@doorbraak/web-ui';
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';

const languageStorageKey = 'doorbraak.language';

// Storage can be unavailable (privacy modes); the language choice is a nicety, never a blocker.
const readStoredLanguage = () => {
  try {
    const stored = window.localStorage.getItem(languageStorageKey);
    return isSupportedLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
};

const storeLanguage = (language: string) => {
  try {
    window.localStorage.setItem(languageStorageKey, language);
  } catch {
    // Not persisting is acceptable.
  }
};

const apolloClient = createApolloClient();
const i18n = createI18n([focusAreasTranslations], readStoredLanguage());

const Shell = () => {
  const { t, i18n: instance } = useTranslation('common');
  const language = instance.resolvedLanguage ?? instance.language;

  // Screen readers and browser translation rely on <html lang> matching the UI language.
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.name');
    storeLanguage(language);
  }, [language, t]);

  return (
    <>
      <a className="db-skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <header className="db-header">
        <div className="db-header__inner">
          <div className="db-header__brand">
            <p className="db-header__title">{t('app.name')}</p>
            <p className="db-header__tagline">{t('app.tagline')}</p>
          </div>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main-content" className="db-main" tabIndex={-1}>
        <FocusAreasPage />
      </main>
    </>
  );
};

export const App = () => (
  <I18nextProvider i18n={i18n}>
    <ApolloProvider client={apolloClient}>
      <Shell />
    </ApolloProvider>
  </I18nextProvider>
);
