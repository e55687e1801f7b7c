import type { TranslationBundle } from '@doorbraak/web-ui';
import { meetingsEn } from './meetings.en';
import { meetingsNl } from './meetings.nl';

export const meetingsNamespace = 'meetings';

export const meetingsTranslations: TranslationBundle = { namespace: meetingsNamespace, resources: { nl: meetingsNl, en: meetingsEn } };
