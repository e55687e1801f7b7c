import type { MeetingsTranslations } from './meetings.nl';

export const meetingsEn: MeetingsTranslations = {
  meeting: 'Meeting',
  briefing: 'Briefing for the mayor',
  actionItem: 'Action item',
  meetings: 'Meetings',
  comingSoon: 'This screen follows in the next version of Doorbraak. The link will keep working.',
  back: 'Back to the home page',
};
