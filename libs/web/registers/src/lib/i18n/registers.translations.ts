import type { TranslationBundle } from '@doorbraak/web-ui';
import { registersEn } from './registers.en';
import { registersNl } from './registers.nl';

export const registersNamespace = 'registers';

export const registersTranslations: TranslationBundle = { namespace: registersNamespace, resources: { nl: registersNl, en: registersEn } };
