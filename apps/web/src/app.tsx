import { ApolloProvider } from '@apollo/client/react';
import { AuthSession, createApolloClient, SessionProvider } from '@doorbraak/web-data-access';
import { createI18n, defaultLanguage, isSupportedLanguage } from '@doorbraak/web-ui';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { routes } from './routes';
import { featureTranslations } from './translations';

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

const session = new AuthSession();
const apolloClient = createApolloClient({ session });
const i18n = createI18n(featureTranslations, readStoredLanguage());
const router = createBrowserRouter(routes);

export const App = () => (
  <I18nextProvider i18n={i18n}>
    <ApolloProvider client={apolloClient}>
      <SessionProvider session={session}>
        <RouterProvider router={router} />
      </SessionProvider>
    </ApolloProvider>
  </I18nextProvider>
);
