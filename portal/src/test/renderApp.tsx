import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { createApiClient } from '../app/client';
import { routes } from '../app/routes';
import { SessionProvider } from '../auth/SessionProvider';
import { SessionManager, type AuthTokens, type SessionMembership, type SessionTransport } from '../auth/session';
import { theme } from '../app/theme';
import { fakeSubscriptions } from './fakeSubscriptions';

export const TEST_USER = { id: 'usr_1', email: 'ada@example.com', name: 'Ada Lovelace' };
export const TEST_MEMBERSHIP: SessionMembership = { id: 'mem_1', role: 'OWNER', tenant: { id: 'ten_1', name: 'Analytical Engines' } };

export function tokens(overrides: Partial<AuthTokens> = {}, lifetimeMs = 15 * 60_000): AuthTokens {
  return {
    accessToken: 'access-1',
    expiresAt: new Date(Date.now() + lifetimeMs).toISOString(),
    user: TEST_USER,
    membership: TEST_MEMBERSHIP,
    ...overrides,
  };
}

export function fakeTransport(overrides: Partial<SessionTransport> = {}): SessionTransport {
  return {
    refresh: async () => {
      throw new Error('unexpected refresh');
    },
    logOut: async () => {},
    ...overrides,
  };
}

/** Renders the whole app (real routes, session and urql client) at `path`. */
export function renderApp(
  path: string,
  options: { fetch: typeof fetch; manager?: SessionManager; subscriptions?: ReturnType<typeof fakeSubscriptions> },
) {
  const manager = options.manager ?? new SessionManager(fakeTransport());
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const utils = render(
    <MantineProvider theme={theme}>
      <SessionProvider
        manager={manager}
        createClient={(m) =>
          createApiClient(m, {
            url: 'http://localhost/graphql',
            fetch: options.fetch,
            subscriptions: (options.subscriptions ?? fakeSubscriptions()).client,
          })
        }
      >
        <RouterProvider router={router} />
      </SessionProvider>
    </MantineProvider>,
  );
  return { ...utils, router, manager };
}

/** A session manager that is already signed in as TEST_USER, an owner unless role says otherwise. */
export function signedInManager(role: SessionMembership['role'] = 'OWNER'): SessionManager {
  const manager = new SessionManager(fakeTransport());
  manager.signIn(tokens({ membership: { ...TEST_MEMBERSHIP, role } }));
  return manager;
}
