import type { BriefingTranslations } from './briefing.nl';

export const briefingEn: BriefingTranslations = {
  title: 'Briefing for the mayor',
};
