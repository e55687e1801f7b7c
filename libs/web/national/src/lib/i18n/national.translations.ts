import type { TranslationBundle } from '@doorbraak/web-ui';
import { nationalEn } from './national.en';
import { nationalNl } from './national.nl';

export const nationalNamespace = 'national';

export const nationalTranslations: TranslationBundle = {
  namespace: nationalNamespace,
  resources: { nl: nationalNl, en: nationalEn },
};
