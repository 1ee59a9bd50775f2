import { createContext, ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { StaffSession } from '../../../shared/contract/staff';
import { onSessionExpired, setCsrfToken } from '../api/client';
import * as staffApi from '../api/staff';
import { navigate } from './route';

interface SessionState {
  /** undefined while the console asks the server whether a session is open. */
  session: StaffSession | null | undefined;
  /** Why the login page is shown (an expired session), in the server's words. */
  notice: string | null;
  signedIn(session: StaffSession): void;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<StaffSession | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);

  const signedIn = useCallback((s: StaffSession) => {
    setCsrfToken(s.csrfToken);
    setNotice(null);
    setSession(s);
  }, []);

  useEffect(() => {
    onSessionExpired((message) => {
      setSession(null);
      setNotice(message);
      navigate({ page: 'login' });
    });
    staffApi
      .me()
      .then(signedIn)
      .catch(() => setSession(null));
  }, [signedIn]);

  const signOut = useCallback(async () => {
    try {
      await staffApi.logout();
    } finally {
      setCsrfToken(null);
      setSession(null);
      navigate({ page: 'login' });
    }
  }, []);

  return <SessionContext.Provider value={{ session, notice, signedIn, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in session; only pages behind the login use this. */
export function useStaff(): StaffSession {
  const { session } = useSession();
  if (!session) throw new Error('useStaff without a session');
  return session;
}
