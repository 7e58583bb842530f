import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { graphqlFetch } from '../test/graphqlFetch';
import { fakeTransport, renderApp, tokens } from '../test/renderApp';
import { SessionManager } from '../auth/session';

const sessions = () => ({
  data: {
    sessions: [
      { __typename: 'Session', id: 'rtk_1', device: 'Chrome on macOS', ip: '203.0.113.7', signedInAt: '2026-01-01T09:00:00Z', lastSeenAt: new Date().toISOString(), current: true },
      { __typename: 'Session', id: 'rtk_2', device: 'Firefox on Windows', ip: '198.51.100.4', signedInAt: '2025-12-30T09:00:00Z', lastSeenAt: '2025-12-31T09:00:00Z', current: false },
    ],
  },
});

describe('SecurityPage', () => {
  it('lists the sessions and signs one out', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({ Sessions: sessions, RevokeSession: () => ({ data: { revokeSession: true } }) });
    const manager = new SessionManager(fakeTransport());
    manager.signIn(tokens());
    renderApp('/account/security', { fetch: server.fetch, manager });
    const table = await screen.findByRole('table', { name: 'Active sessions' });
    expect(within(table).getByRole('row', { name: /Chrome on macOS/ })).toHaveTextContent('This browser');
    await user.click(within(table).getByRole('button', { name: 'Sign out Firefox on Windows' }));
    await waitFor(() => expect(server.seen.find((r) => r.operationName === 'RevokeSession')?.variables).toEqual({ id: 'rtk_2' }));
    expect(manager.getState().status).toBe('authenticated');
    expect(document.title).toBe('Security · KeyBS Developers');
  });

  it('signs out everywhere, this browser included', async () => {
    const user = userEvent.setup();
    const logOut = vi.fn(async () => {});
    const server = graphqlFetch({ Sessions: sessions, SignOutEverywhere: () => ({ data: { signOutEverywhere: 2 } }) });
    const manager = new SessionManager(fakeTransport({ logOut }));
    manager.signIn(tokens());
    renderApp('/account/security', { fetch: server.fetch, manager });
    await user.click(await screen.findByRole('button', { name: 'Sign out everywhere' }));
    await waitFor(() => expect(manager.getState().status).toBe('anonymous'));
    expect(logOut).toHaveBeenCalled();
  });
});
