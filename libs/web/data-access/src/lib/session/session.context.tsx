import { useApolloClient } from '@apollo/client/react';
import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { AuthSession, SessionSnapshot } from './auth-session';

const SessionContext = createContext<AuthSession | null>(null);

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

export const SessionProvider = ({ session, children }: { session: AuthSession; children: ReactNode }) => {
  const client = useApolloClient();

  useEffect(() => {
    const note = () => session.noteActivity();
    for (const name of ACTIVITY_EVENTS) {
      window.addEventListener(name, note, { passive: true });
    }
    // On load: the httpOnly cookie may still hold a session.
    if (session.current.status === 'unknown') {
      void session.refresh();
    }
    return () => {
      for (const name of ACTIVITY_EVENTS) {
        window.removeEventListener(name, note);
      }
    };
  }, [session]);

  // Nothing of one person's data may stay in the cache for the next.
  useEffect(
    () =>
      session.subscribe(() => {
        if (session.current.status === 'signedOut') {
          void client.clearStore();
        }
      }),
    [session, client],
  );

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
};

export const useAuthSession = (): AuthSession => {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error('useAuthSession needs a SessionProvider');
  }
  return session;
};

export const useSessionState = (): SessionSnapshot => {
  const session = useAuthSession();
  return useSyncExternalStore(session.subscribe, () => session.current);
};
