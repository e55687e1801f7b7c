import type { TranslationBundle } from '@doorbraak/web-ui';
import { meetingModeEn } from './meeting-mode.en';
import { meetingModeNl } from './meeting-mode.nl';

export const meetingModeNamespace = 'meetingMode';

export const meetingModeTranslations: TranslationBundle = { namespace: meetingModeNamespace, resources: { nl: meetingModeNl, en: meetingModeEn } };
