import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { graphqlFetch } from '../test/graphqlFetch';
import { TEST_USER, fakeTransport, renderApp, tokens } from '../test/renderApp';
import { SESSION_MARKER_KEY, SessionManager } from './session';

const viewerResponse = () => ({ data: { viewer: { __typename: 'User', ...TEST_USER, memberships: [] } } });

describe('protected routes', () => {
  it('sends a visitor without a session to the log-in page', async () => {
    const server = graphqlFetch({});
    const { router } = renderApp('/', { fetch: server.fetch });
    expect(await screen.findByRole('heading', { name: 'Log in to KeyBS' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(server.seen).toHaveLength(0);
  });

  it('restores a session on load instead of asking to log in', async () => {
    localStorage.setItem(SESSION_MARKER_KEY, JSON.stringify({ userId: 'usr_1', tenantId: 'ten_1' }));
    const refresh = vi.fn(async () => tokens());
    const manager = new SessionManager(fakeTransport({ refresh }));
    const server = graphqlFetch({ DashboardViewer: viewerResponse });
    const { router } = renderApp('/', { fetch: server.fetch, manager });
    expect(await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('shows the viewer to a signed-in user and logs out back to the log-in page', async () => {
    const logOut = vi.fn(async () => {});
    const manager = new SessionManager(fakeTransport({ logOut }));
    manager.signIn(tokens());
    const server = graphqlFetch({ DashboardViewer: viewerResponse });
    const { router } = renderApp('/', { fetch: server.fetch, manager });
    expect(await screen.findByText('ada@example.com')).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { name: 'Log in to KeyBS' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(logOut).toHaveBeenCalledWith('access-1');
    expect(localStorage.getItem(SESSION_MARKER_KEY)).toBeNull();
  });

  it('sends a signed-in user away from the log-in page', async () => {
    const manager = new SessionManager(fakeTransport());
    manager.signIn(tokens());
    const server = graphqlFetch({ DashboardViewer: viewerResponse });
    const { router } = renderApp('/login', { fetch: server.fetch, manager });
    expect(await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});
