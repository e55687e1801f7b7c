import { useApolloClient } from '@apollo/client/react';
import { AgendaChangedSubscription, useLiveReconnected, useLiveSubscription, useSerialRefetch } from '@doorbraak/web-data-access';
import { MeetingModeQuery } from '../graphql/meeting-mode.query';

// Meeting mode stays current while others work in it: when someone records attendance, a minute, a
// decision or an action item, the ladder places an item or the meeting itself changes, the meeting is
// read afresh and the answer lands in the cache the page reads from.
// - The read is a query of its own, not a refetch of the page's query, which would cancel the reload a
//   person's own command waits for.
// - It always goes to the API and never joins a read already under way (the page's own reload after a
//   command, say): that read may have started before the change it is told of was committed.
// - Reads take turns, so the last answer written to the cache is never older than the last event.
// What a person is typing stays: the panels keep their keys and the forms take a new value only for a
// field nobody touched here.
export const useLiveMeeting = (meetingId: string): void => {
  const client = useApolloClient();
  const refresh = useSerialRefetch(() =>
    client.query({ query: MeetingModeQuery, variables: { id: meetingId }, fetchPolicy: 'network-only', context: { queryDeduplication: false } }),
  );
  useLiveSubscription(AgendaChangedSubscription, refresh, { meetingId });
  useLiveReconnected(refresh);
};
