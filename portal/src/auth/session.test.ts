import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeTransport, tokens } from '../test/renderApp';
import { REFRESH_TOKEN_KEY, SessionManager, SessionRejectedError, type AuthTokens } from './session';

const MINUTE = 60_000;

describe('SessionManager', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-01T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the access token in memory and only the refresh token in localStorage', () => {
    const session = new SessionManager(fakeTransport());
    session.signIn(tokens());
    expect(session.getAccessToken()).toBe('access-1');
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-1');
    expect(JSON.stringify({ ...localStorage })).not.toContain('access-1');
  });

  it('refreshes a minute before the access token expires and keeps the user signed in', async () => {
    const refresh = vi.fn(async (): Promise<AuthTokens> => tokens({ accessToken: 'access-2', refreshToken: 'refresh-2' }));
    const session = new SessionManager(fakeTransport({ refresh }));
    session.signIn(tokens({}, 15 * MINUTE));

    await vi.advanceTimersByTimeAsync(14 * MINUTE - 1_000);
    expect(refresh).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1_000);
    expect(refresh).toHaveBeenCalledExactlyOnceWith('refresh-1');
    expect(session.getAccessToken()).toBe('access-2');
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-2');
    expect(session.getState().status).toBe('authenticated');

    // …and the renewed token is itself renewed before it expires.
    await vi.advanceTimersByTimeAsync(14 * MINUTE);
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(refresh).toHaveBeenLastCalledWith('refresh-2');
  });

  it('refreshes short-lived tokens well before expiry, not after', async () => {
    const refresh = vi.fn(async () => tokens({ accessToken: 'access-2' }, 2 * MINUTE));
    const session = new SessionManager(fakeTransport({ refresh }));
    session.signIn(tokens({}, 2 * MINUTE));
    await vi.advanceTimersByTimeAsync(2 * MINUTE - 1_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(session.getAccessToken()).toBe('access-2');
  });

  it('resumes a stored session silently on start', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'stored');
    const refresh = vi.fn(async () => tokens({ accessToken: 'access-9', refreshToken: 'rotated' }));
    const session = new SessionManager(fakeTransport({ refresh }));
    expect(session.getState().status).toBe('loading');

    await session.start();

    expect(refresh).toHaveBeenCalledWith('stored');
    expect(session.getState()).toMatchObject({ status: 'authenticated', user: { email: 'ada@example.com' } });
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('rotated');
  });

  it('starts anonymous without calling the server when nothing is stored', async () => {
    const refresh = vi.fn();
    const session = new SessionManager(fakeTransport({ refresh }));
    await session.start();
    expect(refresh).not.toHaveBeenCalled();
    expect(session.getState()).toEqual({ status: 'anonymous', reason: 'none' });
  });

  it('forgets a refresh token the server rejects', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'revoked');
    const session = new SessionManager(
      fakeTransport({
        refresh: async () => {
          throw new SessionRejectedError();
        },
      }),
    );
    await session.start();
    expect(session.getState()).toEqual({ status: 'anonymous', reason: 'expired' });
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
  });

  it('keeps the stored token when the server is unreachable at start', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'stored');
    const session = new SessionManager(
      fakeTransport({
        refresh: async () => {
          throw new TypeError('Failed to fetch');
        },
      }),
    );
    await session.start();
    expect(session.getState()).toEqual({ status: 'anonymous', reason: 'unavailable' });
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('stored');
  });

  it('retries a failed background refresh while the access token is still valid', async () => {
    const refresh = vi
      .fn<(token: string) => Promise<AuthTokens>>()
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

  it('logs out on the server and forgets the session even when that call fails', async () => {
    const logOut = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const refresh = vi.fn();
    const session = new SessionManager(fakeTransport({ logOut, refresh }));
    session.signIn(tokens());

    await session.logOut();

    expect(logOut).toHaveBeenCalledWith('refresh-1', 'access-1');
    expect(session.getState()).toEqual({ status: 'anonymous', reason: 'loggedOut' });
    expect(session.getAccessToken()).toBeNull();
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    // No refresh is left scheduled for the old session.
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('follows a log-out in another tab', () => {
    const session = new SessionManager(fakeTransport());
    session.signIn(tokens());
    session.handleStorageEvent(new StorageEvent('storage', { key: REFRESH_TOKEN_KEY, newValue: null }));
    expect(session.getState().status).toBe('anonymous');
    expect(session.getAccessToken()).toBeNull();
  });
});
