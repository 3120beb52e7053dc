import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, onUnauthenticated } from '../api/apiClient.ts';
import { getMe, getSetup, signOut as signOutRequest } from '../api/endpoints.ts';
import type { User } from '../api/types.ts';
import { navigate } from '../routing/router.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut'; needsFirstAccount: boolean }
  | { status: 'signedIn'; user: User }
  /** The server could not be reached to find out. */
  | { status: 'unavailable' };

interface SessionContextValue {
  session: SessionState;
  /** Ask the server again who is signed in. */
  refresh(): Promise<void>;
  /** After sign-in, sign-up or joining: the server already said who. */
  signedIn(user: User): void;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

async function loadSession(): Promise<SessionState> {
  try {
    const { user } = await getMe();
    if (user) return { status: 'signedIn', user };
  } catch (error) {
    // An older server answered 401 when signed out; anything else means we could not find out.
    if (!(error instanceof ApiError) || error.status !== 401) return { status: 'unavailable' };
  }
  try {
    const { needsFirstAccount } = await getSetup();
    return { status: 'signedOut', needsFirstAccount };
  } catch {
    return { status: 'signedOut', needsFirstAccount: false };
  }
}

/** Who is signed in, for every page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => setSession(await loadSession()), []);

  useEffect(() => {
    let current = true;
    void loadSession().then((state) => current && setSession(state));
    // A session that ended elsewhere (another tab, a closed workshop, removal) shows as signed out.
    const stop = onUnauthenticated(() => setSession({ status: 'signedOut', needsFirstAccount: false }));
    return () => {
      current = false;
      stop();
    };
  }, []);

  const signedIn = useCallback((user: User) => setSession({ status: 'signedIn', user }), []);

  /** Signs out and shows the front door (in the same render, so its heading takes focus). */
  const signOut = useCallback(async () => {
    try {
      await signOutRequest();
    } finally {
      navigate('/');
      setSession({ status: 'signedOut', needsFirstAccount: false });
    }
  }, []);

  const value = useMemo(() => ({ session, refresh, signedIn, signOut }), [session, refresh, signedIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in person, or null. */
export function useUser(): User | null {
  const { session } = useSession();
  return session.status === 'signedIn' ? session.user : null;
}
