import { useApolloClient } from '@apollo/client/react';
import { AgendaChangedSubscription, useLiveReconnected, useLiveSubscription } from '@doorbraak/web-data-access';
import { useCallback, useRef } from 'react';
import { MeetingModeQuery } from '../graphql/meeting-mode.query';

// Meeting mode stays current while others work in it: when someone records attendance, a minute, a
// decision or an action item, the ladder places an item or the meeting itself changes, the meeting is
// read afresh and the answer lands in the cache the page reads from.
// - The read is a query of its own, not a refetch of the page's query, which would cancel the reload a
//   person's own command waits for.
// - It always goes to the API and never joins a read already under way: that read may have started
//   before the change it is told of was committed.
// - Reads take turns: an event arriving during a read asks for one more afterwards, so the last answer
//   written to the cache is never older than the last event.
// What a person is typing stays: the panels keep their keys and the forms take a new value only for a
// field nobody touched here.
export const useLiveMeeting = (meetingId: string): void => {
  const client = useApolloClient();
  const state = useRef({ reading: false, again: false });
  const refresh = useCallback(() => {
    const current = state.current;
    if (current.reading) {
      current.again = true;
      return;
    }
    current.reading = true;
    const read = async () => {
      do {
        current.again = false;
        await client
          .query({ query: MeetingModeQuery, variables: { id: meetingId }, fetchPolicy: 'network-only', context: { queryDeduplication: false } })
          .catch(() => undefined);
      } while (current.again);
      current.reading = false;
    };
    void read();
  }, [client, meetingId]);
  useLiveSubscription(AgendaChangedSubscription, refresh, { meetingId });
  useLiveReconnected(refresh);
};
