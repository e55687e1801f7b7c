export const briefingNl = {
  title: 'Briefing voor de burgemeester',
};

export type BriefingTranslations = typeof briefingNl;
