import type { TranslationBundle } from '@doorbraak/web-ui';
import { homeEn } from './home.en';
import { homeNl } from './home.nl';

export const homeNamespace = 'home';

export const homeTranslations: TranslationBundle = { namespace: homeNamespace, resources: { nl: homeNl, en: homeEn } };
