import type { TranslationBundle } from '@doorbraak/web-ui';
import { authEn } from './auth.en';
import { authNl } from './auth.nl';

export const authNamespace = 'auth';

export const authTranslations: TranslationBundle = { namespace: authNamespace, resources: { nl: authNl, en: authEn } };
