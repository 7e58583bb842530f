import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_MEMBERSHIP, fakeTransport, tokens } from '../test/renderApp';
import { LEGACY_REFRESH_TOKEN_KEY, SESSION_MARKER_KEY, SessionManager, SessionRejectedError, canWrite, type AuthTokens } from './session';
import { CSRF_HEADER, createSessionTransport } from './transport';

const MINUTE = 60_000;
const marker = (tenantId = 'ten_1') => JSON.stringify({ userId: 'usr_1', tenantId });

describe('SessionManager', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-01T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the access token in memory and no token at all in localStorage', () => {
    const session = new SessionManager(fakeTransport());
    session.signIn(tokens());
    expect(session.getAccessToken()).toBe('access-1');
    expect(JSON.parse(localStorage.getItem(SESSION_MARKER_KEY) ?? '{}')).toEqual({ userId: 'usr_1', tenantId: 'ten_1' });
    expect(JSON.stringify({ ...localStorage })).not.toMatch(/access-1|kbs_rt_/);
  });

  it('removes a refresh token an older portal left in localStorage', async () => {
    localStorage.setItem(LEGACY_REFRESH_TOKEN_KEY, 'kbs_rt_old');
    await new SessionManager(fakeTransport()).start();
    expect(localStorage.getItem(LEGACY_REFRESH_TOKEN_KEY)).toBeNull();
  });

  it('refreshes a minute before the access token expires and keeps the user signed in', async () => {
    const refresh = vi.fn(async (): Promise<AuthTokens> => tokens({ accessToken: 'access-2' }));
    const session = new SessionManager(fakeTransport({ refresh }));
    session.signIn(tokens({}, 15 * MINUTE));

    await vi.advanceTimersByTimeAsync(14 * MINUTE - 1_000);
    expect(refresh).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(session.getAccessToken()).toBe('access-2');
    expect(session.getState().status).toBe('authenticated');

    // …and the renewed token is itself renewed before it expires.
    await vi.advanceTimersByTimeAsync(14 * MINUTE);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('refreshes short-lived tokens well before expiry, not after', async () => {
    const refresh = vi.fn(async () => tokens({ accessToken: 'access-2' }, 2 * MINUTE));
    const session = new SessionManager(fakeTransport({ refresh }));
    session.signIn(tokens({}, 2 * MINUTE));
    await vi.advanceTimersByTimeAsync(2 * MINUTE - 1_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(session.getAccessToken()).toBe('access-2');
  });

  it('resumes a session silently on start with the cookie', async () => {
    localStorage.setItem(SESSION_MARKER_KEY, marker());
    const refresh = vi.fn(async () => tokens({ accessToken: 'access-9' }));
    const session = new SessionManager(fakeTransport({ refresh }));
    expect(session.getState().status).toBe('loading');

    await session.start();

    expect(refresh).toHaveBeenCalledTimes(1);
    expect(session.getState()).toMatchObject({ status: 'authenticated', user: { email: 'ada@example.com' }, membership: TEST_MEMBERSHIP });
    expect(session.getAccessToken()).toBe('access-9');
  });

  it('starts anonymous without calling the server when no session was marked', async () => {
    const refresh = vi.fn();
    const session = new SessionManager(fakeTransport({ refresh }));
    await session.start();
    expect(refresh).not.toHaveBeenCalled();
    expect(session.getState()).toEqual({ status: 'anonymous', reason: 'none' });
  });

  it('forgets a session the server rejects', async () => {
    localStorage.setItem(SESSION_MARKER_KEY, marker());
    const session = new SessionManager(
      fakeTransport({
        refresh: async () => {
          throw new SessionRejectedError();
        },
      }),
    );
    await session.start();
    expect(session.getState()).toEqual({ status: 'anonymous', reason: 'expired' });
    expect(localStorage.getItem(SESSION_MARKER_KEY)).toBeNull();
  });

  it('keeps the marker when the server is unreachable at start', async () => {
    localStorage.setItem(SESSION_MARKER_KEY, marker());
    const session = new SessionManager(
      fakeTransport({
        refresh: async () => {
          throw new TypeError('Failed to fetch');
        },
      }),
    );
    await session.start();
    expect(session.getState()).toEqual({ status: 'anonymous', reason: 'unavailable' });
    expect(localStorage.getItem(SESSION_MARKER_KEY)).toBe(marker());
  });

  it('retries a failed background refresh while the access token is still valid', async () => {
    const refresh = vi
      .fn<() => Promise<AuthTokens>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(tokens({ accessToken: 'access-2' }));
    const session = new SessionManager(fakeTransport({ refresh }), { retryDelayMs: 10_000 });
    session.signIn(tokens({}, 15 * MINUTE));

    await vi.advanceTimersByTimeAsync(14 * MINUTE);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(session.getState().status).toBe('authenticated');

    await vi.advanceTimersByTimeAsync(10_000);
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(session.getAccessToken()).toBe('access-2');
  });

  it('sends one refresh for many simultaneous callers', async () => {
    let resolve!: (t: AuthTokens) => void;
    const refresh = vi.fn(() => new Promise<AuthTokens>((r) => (resolve = r)));
    const session = new SessionManager(fakeTransport({ refresh }));
    session.signIn(tokens());

    const results = [session.refresh(), session.refresh(), session.refresh()];
    resolve(tokens({ accessToken: 'access-2' }));

    expect(await Promise.all(results)).toEqual([true, true, true]);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('takes the role a refresh returns, so a demotion reaches the page', async () => {
    const refresh = vi.fn(async () => tokens({ accessToken: 'access-2', membership: { ...TEST_MEMBERSHIP, role: 'VIEWER' } }));
    const session = new SessionManager(fakeTransport({ refresh }));
    session.signIn(tokens());
    expect(canWrite(session.getState())).toBe(true);
    await session.refresh();
    expect(canWrite(session.getState())).toBe(false);
  });

  it('logs out on the server and forgets the session even when that call fails', async () => {
    const logOut = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const refresh = vi.fn();
    const session = new SessionManager(fakeTransport({ logOut, refresh }));
    session.signIn(tokens());

    await session.logOut();

    expect(logOut).toHaveBeenCalledWith('access-1');
    expect(session.getState()).toEqual({ status: 'anonymous', reason: 'loggedOut' });
    expect(session.getAccessToken()).toBeNull();
    expect(localStorage.getItem(SESSION_MARKER_KEY)).toBeNull();
    // No refresh is left scheduled for the old session.
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('follows a log-out in another tab', () => {
    const session = new SessionManager(fakeTransport());
    session.signIn(tokens());
    session.handleStorageEvent(new StorageEvent('storage', { key: SESSION_MARKER_KEY, newValue: null }));
    expect(session.getState().status).toBe('anonymous');
    expect(session.getAccessToken()).toBeNull();
  });

  it('follows an organization switch in another tab by renewing its own token', async () => {
    const refresh = vi.fn(async () => tokens({ accessToken: 'access-2', membership: { id: 'mem_2', role: 'VIEWER', tenant: { id: 'ten_2', name: 'Other' } } }));
    const session = new SessionManager(fakeTransport({ refresh }));
    session.signIn(tokens());
    session.handleStorageEvent(new StorageEvent('storage', { key: SESSION_MARKER_KEY, newValue: marker('ten_1') }));
    expect(refresh).not.toHaveBeenCalled(); // nothing changed
    session.handleStorageEvent(new StorageEvent('storage', { key: SESSION_MARKER_KEY, newValue: marker('ten_2') }));
    await vi.waitFor(() => expect(session.getState()).toMatchObject({ membership: { tenant: { id: 'ten_2' } } }));
  });
});

describe('createSessionTransport', () => {
  it('refreshes with a same-origin POST that carries the CSRF header and no token', async () => {
    const fetchFn = vi.fn(async () => new Response(JSON.stringify(tokens()), { status: 200 }));
    const transport = createSessionTransport('', fetchFn as unknown as typeof fetch);
    await expect(transport.refresh()).resolves.toMatchObject({ accessToken: 'access-1' });
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/auth/session/refresh');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', headers: { [CSRF_HEADER]: '1' } });
    expect(init.body).toBeUndefined();
  });

  it('turns a 401 into SessionRejectedError and other failures into plain errors', async () => {
    const refused = createSessionTransport('', (async () => new Response('{}', { status: 401 })) as unknown as typeof fetch);
    await expect(refused.refresh()).rejects.toBeInstanceOf(SessionRejectedError);
    const broken = createSessionTransport('', (async () => new Response('{}', { status: 503 })) as unknown as typeof fetch);
    await expect(broken.refresh()).rejects.not.toBeInstanceOf(SessionRejectedError);
  });
});
