export const meetingsNl = {
  meeting: 'Vergadering',
  briefing: 'Briefing voor de burgemeester',
  actionItem: 'Actiepunt',
  meetings: 'Vergaderingen',
  comingSoon: 'Dit scherm volgt in de volgende versie van Doorbraak. De link blijft werken.',
  back: 'Terug naar de startpagina',
};

export type MeetingsTranslations = typeof meetingsNl;
