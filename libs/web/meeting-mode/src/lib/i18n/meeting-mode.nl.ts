export const meetingModeNl = {
  title: 'Vergadermodus',
};

export type MeetingModeTranslations = typeof meetingModeNl;
