import { accessibilityTranslations } from '@doorbraak/web-accessibility';
import { alliancesTranslations } from '@doorbraak/web-alliances';
import { authTranslations } from '@doorbraak/web-auth';
import { focusAreasTranslations } from '@doorbraak/web-focus-areas';
import { homeTranslations } from '@doorbraak/web-home';
import { meetingsTranslations } from '@doorbraak/web-meetings';
import { notificationsTranslations } from '@doorbraak/web-notifications';
import { commonTranslations, type TranslationBundle } from '@doorbraak/web-ui';
import { vastlopersTranslations } from '@doorbraak/web-vastlopers';

// Every feature's strings; the shell loads them all (they are small) so lazy screens never wait for text.
export const featureTranslations: readonly TranslationBundle[] = [
  authTranslations,
  homeTranslations,
  vastlopersTranslations,
  alliancesTranslations,
  notificationsTranslations,
  meetingsTranslations,
  accessibilityTranslations,
  focusAreasTranslations,
];

export const allTranslations: readonly TranslationBundle[] = [commonTranslations, ...featureTranslations];
