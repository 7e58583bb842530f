import { SessionRejectedError, type AuthTokens, type SessionTransport } from './session';

/** Where the server keeps the browser's session endpoints (the cookie's path). */
export const SESSION_PATH = '/auth/session';
/** The header that tells the server the portal's own script sent the request. */
export const CSRF_HEADER = 'X-KeyBS-CSRF';

/**
 * The session's own line to the API. It bypasses the GraphQL client (and so
 * its auth exchange) so that a refresh can never trigger another refresh.
 * The refresh token travels only as the HttpOnly cookie the browser attaches.
 */
export function createSessionTransport(base = '', fetchFn: typeof fetch = (...args) => fetch(...args)): SessionTransport {
  const call = (path: string) =>
    fetchFn(`${base}${SESSION_PATH}${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { [CSRF_HEADER]: '1' },
    });

  return {
    async refresh(): Promise<AuthTokens> {
      const response = await call('/refresh');
      if (response.status === 401) throw new SessionRejectedError();
      if (!response.ok) throw new Error(`session refresh failed with HTTP ${response.status}`);
      return (await response.json()) as AuthTokens;
    },

    async logOut(): Promise<void> {
      const response = await call('/logout');
      if (!response.ok) throw new Error(`log-out failed with HTTP ${response.status}`);
    },
  };
}
