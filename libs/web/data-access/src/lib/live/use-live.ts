import { skipToken, useApolloClient, useSubscription } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useEffect, useRef } from 'react';
import { useSessionState } from '../session/session.context';
import { liveConnectionOf } from './live-connection';

const RESTART_AFTER_MS = 5_000;

// A subscription while signed in, for screens that react to live events. One that ends in an error
// (the socket refused, say, before a renewal) starts again a little later.
export const useLiveSubscription = <TData, TVariables extends Record<string, unknown> = Record<string, never>>(
  document: TypedDocumentNode<TData, TVariables>,
  onData: (data: TData) => void,
  variables?: TVariables,
): void => {
  const signedIn = useSessionState().status === 'signedIn';
  const handler = useRef(onData);
  handler.current = onData;
  const restartTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { restart } = useSubscription(
    // The caller's variables are typed by the document; Apollo's overloads only need to see an object.
    document as TypedDocumentNode<TData, Record<string, unknown>>,
    signedIn
      ? {
          variables,
          onData: ({ data }) => {
            if (data.data) handler.current(data.data);
          },
          onError: () => {
            restartTimer.current ??= setTimeout(() => {
              restartTimer.current = null;
              restart();
            }, RESTART_AFTER_MS);
          },
        }
      : skipToken,
  );
  useEffect(() => () => clearTimeout(restartTimer.current ?? undefined), []);
};

// Events sent while the socket was away (a renewal, a network change, an API restart) are not sent
// again: a screen that keeps live data reads it afresh when the socket is back.
export const useLiveReconnected = (onReconnected: () => void): void => {
  const client = useApolloClient();
  const handler = useRef(onReconnected);
  handler.current = onReconnected;
  useEffect(
    () =>
      liveConnectionOf(client)?.on('connected', (_socket, _payload, wasRetry) => {
        if (wasRetry) handler.current();
      }),
    [client],
  );
};
