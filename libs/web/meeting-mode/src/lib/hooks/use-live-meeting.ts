import { useApolloClient } from '@apollo/client/react';
import { AgendaChangedSubscription, useLiveReconnected, useLiveSubscription } from '@doorbraak/web-data-access';
import { MeetingModeQuery } from '../graphql/meeting-mode.query';

// Meeting mode stays current while others work in it: when the ladder places an item or someone records
// a minute, a decision or an action item, the meeting is read afresh. The read is a query of its own
// whose answer lands in the cache, not a refetch of the page's query: a refetch would cancel the one a
// person's own command is waiting for. What this person is typing stays: the panels keep their keys, and
// a form takes a new value only for a field nobody touched here.
export const useLiveMeeting = (meetingId: string): void => {
  const client = useApolloClient();
  const refresh = () => void client.query({ query: MeetingModeQuery, variables: { id: meetingId }, fetchPolicy: 'network-only' }).catch(() => undefined);
  useLiveSubscription(AgendaChangedSubscription, refresh, { meetingId });
  useLiveReconnected(refresh);
};
