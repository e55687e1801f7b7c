import { AgendaChangedSubscription, useLiveReconnected, useLiveSubscription } from '@doorbraak/web-data-access';
import { useCallback, useRef } from 'react';

// Reloads take turns: a second refetch would cancel the one in flight, and with it the reload a
// person's own command waits for. A reload asked for while one runs joins the next turn, which reads
// everything changed until it starts.
const useReloadInTurn = (refetch: () => Promise<unknown>): (() => Promise<unknown>) => {
  const latest = useRef(refetch);
  latest.current = refetch;
  const last = useRef<Promise<unknown>>(Promise.resolve());
  const waiting = useRef<Promise<unknown> | null>(null);
  return useCallback(() => {
    if (waiting.current) return waiting.current;
    const turn = last.current
      .catch(() => undefined)
      .then(() => {
        waiting.current = null;
        return latest.current();
      });
    waiting.current = turn;
    last.current = turn;
    return turn;
  }, []);
};

// Meeting mode stays current while others work in it: when the ladder places an item or someone records
// a minute, a decision or an action item, the meeting is read afresh. What this person is typing stays:
// the panels keep their keys, and a form takes a new value only for a field nobody touched here.
// Answers the reload for the page's own commands, in turn with the live ones.
export const useLiveMeeting = (meetingId: string, refetch: () => Promise<unknown>): (() => Promise<unknown>) => {
  const reload = useReloadInTurn(refetch);
  const refresh = () => void reload().catch(() => undefined);
  useLiveSubscription(AgendaChangedSubscription, refresh, { meetingId });
  useLiveReconnected(refresh);
  return reload;
};
