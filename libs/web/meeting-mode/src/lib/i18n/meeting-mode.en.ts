import type { MeetingModeTranslations } from './meeting-mode.nl';

export const meetingModeEn: MeetingModeTranslations = {
  title: 'Meeting mode',
};
