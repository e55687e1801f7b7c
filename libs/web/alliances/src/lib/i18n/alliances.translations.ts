import type { TranslationBundle } from '@doorbraak/web-ui';
import { alliancesEn } from './alliances.en';
import { alliancesNl } from './alliances.nl';

export const alliancesNamespace = 'alliances';

export const alliancesTranslations: TranslationBundle = { namespace: alliancesNamespace, resources: { nl: alliancesNl, en: alliancesEn } };
