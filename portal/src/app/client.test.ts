import { describe, expect, it, vi } from 'vitest';
import { LogInMutation } from '../auth/documents';
import { SessionManager, SessionRejectedError } from '../auth/session';
import { DashboardViewerQuery } from '../dashboard/documents';
import { gqlError, graphqlFetch } from '../test/graphqlFetch';
import { TEST_USER, fakeTransport, tokens } from '../test/renderApp';
import { createApiClient } from './client';

const viewer = { data: { viewer: { __typename: 'User', ...TEST_USER, memberships: [] } } };

function setup(fetchHandlers: Parameters<typeof graphqlFetch>[0], refresh = vi.fn(async () => tokens({ accessToken: 'access-2' }))) {
  const session = new SessionManager(fakeTransport({ refresh }));
  const server = graphqlFetch(fetchHandlers);
  const { client } = createApiClient(session, { url: 'http://localhost/graphql', fetch: server.fetch });
  return { session, server, client, refresh };
}

describe('createApiClient', () => {
  it('sends the access token as a bearer token', async () => {
    const { session, server, client } = setup({ DashboardViewer: () => viewer });
    session.signIn(tokens());
    const result = await client.query(DashboardViewerQuery, {}).toPromise();
    expect(result.data?.viewer?.email).toBe('ada@example.com');
    expect(server.seen[0]?.authorization).toBe('Bearer access-1');
  });

  it('refreshes once on unauthorized and retries, so the caller gets the data', async () => {
    const { session, server, client, refresh } = setup({
      DashboardViewer: ({ authorization }) =>
        authorization === 'Bearer access-2' ? viewer : gqlError('unauthorized', 'token expired'),
    });
    session.signIn(tokens());

    const result = await client.query(DashboardViewerQuery, {}).toPromise();

    expect(result.error).toBeUndefined();
    expect(result.data?.viewer?.name).toBe('Ada Lovelace');
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(server.seen.map((r) => r.authorization)).toEqual(['Bearer access-1', 'Bearer access-2']);
  });

  it('gives up after one refresh when the retry is refused too', async () => {
    const { session, server, client, refresh } = setup({
      DashboardViewer: () => gqlError('unauthorized', 'no'),
    });
    session.signIn(tokens());
    const result = await client.query(DashboardViewerQuery, {}).toPromise();
    expect(result.error?.graphQLErrors[0]?.extensions?.code).toBe('unauthorized');
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(server.seen).toHaveLength(2);
  });

  it('signs the user out when the refresh token is refused as well', async () => {
    const refresh = vi.fn(async () => {
      throw new SessionRejectedError();
    });
    const { session, client } = setup({ DashboardViewer: () => gqlError('unauthorized', 'no') }, refresh);
    session.signIn(tokens());
    await client.query(DashboardViewerQuery, {}).toPromise();
    expect(session.getState()).toEqual({ status: 'anonymous', reason: 'expired' });
  });

  it('renews an already expired access token before sending', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { session, server, client, refresh } = setup({ DashboardViewer: () => viewer });
      session.signIn(tokens({}, 60_000));
      vi.setSystemTime(Date.now() + 120_000);

      await client.query(DashboardViewerQuery, {}).toPromise();

      expect(refresh).toHaveBeenCalledTimes(1);
      expect(server.seen.map((r) => r.authorization)).toEqual(['Bearer access-2']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not refresh on a wrong password at log-in', async () => {
    const { server, client, refresh } = setup({
      LogIn: () => gqlError('unauthorized', 'invalid credentials'),
    });
    const result = await client
      .mutation(LogInMutation, { input: { email: 'a@example.com', password: 'wrong-password' } })
      .toPromise();
    expect(result.error?.graphQLErrors[0]?.extensions?.code).toBe('unauthorized');
    expect(refresh).not.toHaveBeenCalled();
    expect(server.seen).toHaveLength(1);
  });
});
