import type { TranslationBundle } from '@doorbraak/web-ui';
import { focusAreasEn } from './focus-areas.en';
import { focusAreasNl } from './focus-areas.nl';

export const focusAreasNamespace = 'focusAreas';

export const focusAreasTranslations: TranslationBundle = {
  namespace: focusAreasNamespace,
  resources: { nl: focusAreasNl, en: focusAreasEn },
};
