import type { TranslationBundle } from '@doorbraak/web-ui';
import { accessibilityEn } from './accessibility.en';
import { accessibilityNl } from './accessibility.nl';

export const accessibilityNamespace = 'accessibility';

export const accessibilityTranslations: TranslationBundle = {
  namespace: accessibilityNamespace,
  resources: { nl: accessibilityNl, en: accessibilityEn },
};
