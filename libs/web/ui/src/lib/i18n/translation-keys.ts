import { supportedLanguages, type TranslationBundle, type TranslationTree } from './i18n.setup';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

const keysOf = (tree: TranslationTree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path.replace(PLURAL_SUFFIX, '_*')] : keysOf(value, path);
  });

/** Keys present in one language of a bundle and missing (or empty) in another, as "lang:namespace:key". */
export const missingTranslationKeys = (bundles: readonly TranslationBundle[]): string[] => {
  const missing: string[] = [];
  for (const bundle of bundles) {
    const byLanguage = new Map(supportedLanguages.map((language) => [language, new Set(keysOf(bundle.resources[language] ?? {}))]));
    const all = new Set([...byLanguage.values()].flatMap((keys) => [...keys]));
    for (const language of supportedLanguages) {
      for (const key of all) {
        if (!byLanguage.get(language)?.has(key)) {
          missing.push(`${language}:${bundle.namespace}:${key}`);
        }
      }
    }
    for (const language of supportedLanguages) {
      const empty = (tree: TranslationTree, prefix: string): void => {
        for (const [key, value] of Object.entries(tree)) {
          if (typeof value === 'string' ? value.trim() === '' : (empty(value, `${prefix}${key}.`), false)) {
            missing.push(`${language}:${bundle.namespace}:${prefix}${key}`);
          }
        }
      };
      empty(bundle.resources[language] ?? {}, '');
    }
  }
  return missing;
};
