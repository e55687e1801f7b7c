import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonEn } from './common.en';
import { commonNl } from './common.nl';

export const supportedLanguages = ['nl', 'en'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];
export const defaultLanguage: SupportedLanguage = 'nl';

export type TranslationTree = { [key: string]: string | TranslationTree };

/** One namespace of strings, in every supported language; each feature ships its own. */
export type TranslationBundle = {
  namespace: string;
  resources: Record<SupportedLanguage, TranslationTree>;
};

export const commonNamespace = 'common';

export const commonTranslations: TranslationBundle = {
  namespace: commonNamespace,
  resources: { nl: commonNl, en: commonEn },
};

export const isSupportedLanguage = (value: unknown): value is SupportedLanguage =>
  typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);

/** A fresh i18next instance (not the global one) so tests and apps never share language state. */
export const createI18n = (bundles: readonly TranslationBundle[] = [], language: SupportedLanguage = defaultLanguage): I18n => {
  const allBundles = [commonTranslations, ...bundles];
  const resources: Resource = {};
  for (const lng of supportedLanguages) {
    resources[lng] = Object.fromEntries(allBundles.map((bundle) => [bundle.namespace, bundle.resources[lng]]));
  }

  const instance = i18next.createInstance();
  // Resources are inline, so init completes synchronously; the promise carries nothing we need.
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: [...supportedLanguages],
    ns: allBundles.map((bundle) => bundle.namespace),
    defaultNS: commonNamespace,
    initAsync: false,
    // React escapes output itself.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
};
