import type { TranslationBundle } from '@doorbraak/web-ui';
import { vastlopersEn } from './vastlopers.en';
import { vastlopersNl } from './vastlopers.nl';

export const vastlopersNamespace = 'vastlopers';

export const vastlopersTranslations: TranslationBundle = {
  namespace: vastlopersNamespace,
  resources: { nl: vastlopersNl, en: vastlopersEn },
};
