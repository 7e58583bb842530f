import { createContext, useContext } from 'react';
import type { SessionManager, SessionState } from './session';

export interface SessionContextValue {
  state: SessionState;
  manager: SessionManager;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

/** The current session and the manager to sign in or log out with. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The organization the session acts in and the role there; null when signed out or outside any. */
export function useMembership() {
  const { state } = useSession();
  return state.status === 'authenticated' ? state.membership : null;
}
