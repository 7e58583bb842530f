import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { createApiClient, type ApiClient } from '../app/client';
import { SessionContext } from './SessionContext';
import { SessionManager } from './session';
import { createSessionTransport } from './transport';

interface SessionProviderProps {
  children: ReactNode;
  /** Injected by tests; the app builds its own. */
  manager?: SessionManager;
  /** Injected by tests; defaults to the real client for the manager. */
  createClient?: (manager: SessionManager) => ApiClient;
}

/**
 * Owns the session and the urql client. The client is rebuilt whenever the
 * signed-in user, their organization or their role changes (log in, log out,
 * a switch, a demotion, another tab), so no cached data of one is ever shown
 * to the next.
 */
export function SessionProvider({ children, manager: injected, createClient = createApiClient }: SessionProviderProps) {
  const [manager] = useState(() => injected ?? new SessionManager(createSessionTransport()));
  const [factory] = useState(() => createClient);
  const state = useSyncExternalStore(manager.subscribe, manager.getState);

  useEffect(() => {
    void manager.start();
    const onStorage = (event: StorageEvent) => manager.handleStorageEvent(event);
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [manager]);

  // A new organization or role is a new identity too: nothing cached under
  // the old role (an admin's view, a create button) survives a demotion.
  const identity =
    state.status === 'authenticated'
      ? `${state.user.id}:${state.membership?.tenant.id ?? ''}:${state.membership?.role ?? ''}`
      : state.status;
  const api = useMemo(() => factory(manager), [manager, factory, identity]);
  useEffect(() => () => api.dispose(), [api]);

  const value = useMemo(() => ({ state, manager }), [state, manager]);
  return (
    <SessionContext.Provider value={value}>
      <UrqlProvider value={api.client}>{children}</UrqlProvider>
    </SessionContext.Provider>
  );
}
