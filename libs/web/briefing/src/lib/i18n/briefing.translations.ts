import type { TranslationBundle } from '@doorbraak/web-ui';
import { briefingEn } from './briefing.en';
import { briefingNl } from './briefing.nl';

export const briefingNamespace = 'briefing';

export const briefingTranslations: TranslationBundle = { namespace: briefingNamespace, resources: { nl: briefingNl, en: briefingEn } };
