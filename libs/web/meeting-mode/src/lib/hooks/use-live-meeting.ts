import { AgendaChangedSubscription, useLiveReconnected, useLiveSubscription } from '@doorbraak/web-data-access';

// Meeting mode stays current while others work in it: when the ladder places an item or someone records
// a minute, a decision or an action item, the meeting is read afresh. What this person is typing stays:
// the panels keep their keys, and a form takes a new value only for a field nobody touched here.
export const useLiveMeeting = (meetingId: string, reload: () => Promise<unknown>): void => {
  const refresh = () => void reload().catch(() => undefined);
  useLiveSubscription(AgendaChangedSubscription, refresh, { meetingId });
  useLiveReconnected(refresh);
};
