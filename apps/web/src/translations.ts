import { accessibilityTranslations } from '@doorbraak/web-accessibility';
import { agendaTranslations } from '@doorbraak/web-agenda';
import { alliancesTranslations } from '@doorbraak/web-alliances';
import { authTranslations } from '@doorbraak/web-auth';
import { briefingTranslations } from '@doorbraak/web-briefing';
import { dashboardsTranslations } from '@doorbraak/web-dashboards';
import { focusAreasTranslations } from '@doorbraak/web-focus-areas';
import { homeTranslations } from '@doorbraak/web-home';
import { meetingModeTranslations } from '@doorbraak/web-meeting-mode';
import { meetingsTranslations } from '@doorbraak/web-meetings';
import { nationalTranslations } from '@doorbraak/web-national';
import { notificationsTranslations } from '@doorbraak/web-notifications';
import { registersTranslations } from '@doorbraak/web-registers';
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
  agendaTranslations,
  meetingModeTranslations,
  briefingTranslations,
  registersTranslations,
  dashboardsTranslations,
  accessibilityTranslations,
  focusAreasTranslations,
  nationalTranslations,
];

export const allTranslations: readonly TranslationBundle[] = [commonTranslations, ...featureTranslations];
