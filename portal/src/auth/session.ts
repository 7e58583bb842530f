// The portal's session: a short-lived access token kept only in memory, and a
// refresh token the page never sees — the server keeps it in an HttpOnly
// cookie that only POST /auth/session/refresh reads, so an injected script
// cannot steal it. A reload or a new tab resumes with that cookie.
// localStorage holds only a marker (who is signed in, in which organization,
// no secret) so that tabs follow each other's log-in, log-out and
// organization switch. SessionManager owns the access token and the refresh
// schedule; it knows nothing about React or urql (see SessionProvider and
// app/client).

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export type MemberRole = 'OWNER' | 'ADMIN' | 'DEVELOPER' | 'VIEWER';

/** The organization the session acts in, and the role there. */
export interface SessionMembership {
  id: string;
  role: MemberRole;
  tenant: { id: string; name: string };
}

/** What signUp, logIn, switchOrganization and the refresh endpoint return. */
export interface AuthTokens {
  accessToken: string;
  /** RFC 3339 instant after which the access token is no longer accepted. */
  expiresAt: string;
  user: SessionUser;
  membership?: SessionMembership | null;
}

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason: AnonymousReason }
  | { status: 'authenticated'; user: SessionUser; membership: SessionMembership | null; expiresAt: number };

/**
 * Why there is no session: never had one, the user logged out, the server no
 * longer accepts the session, or the server could not be reached while
 * resuming (the marker is then kept for the next attempt).
 */
export type AnonymousReason = 'none' | 'loggedOut' | 'expired' | 'unavailable';

/** The two calls the session makes to the API without going through itself. */
export interface SessionTransport {
  /** Renews with the session cookie; rejects with SessionRejectedError when the server refuses it. */
  refresh(): Promise<AuthTokens>;
  /** Ends the session whose cookie the browser holds, and clears the cookie. */
  logOut(accessToken: string | null): Promise<void>;
}

/** The server refused to renew the session: it is expired, revoked or unknown. */
export class SessionRejectedError extends Error {
  constructor(message = 'The session is no longer valid.') {
    super(message);
    this.name = 'SessionRejectedError';
  }
}

/** The marker other tabs watch; it holds ids, never a token. */
export const SESSION_MARKER_KEY = 'keybs.session';
/** Where portals before the cookie kept the refresh token; removed on start. */
export const LEGACY_REFRESH_TOKEN_KEY = 'keybs.refreshToken';

interface Marker {
  userId: string;
  tenantId: string | null;
}

export interface SessionOptions {
  storage?: Storage;
  now?: () => number;
  /** Refresh this long before expiresAt (capped to a fifth of the token's life). */
  refreshLeadMs?: number;
  /** After a failed background refresh (network, 5xx), try again after this. */
  retryDelayMs?: number;
}

type Listener = () => void;

/** Roles that may change the organization's applications, keys and webhooks. */
export function canWrite(state: SessionState): boolean {
  return state.status === 'authenticated' && !!state.membership && state.membership.role !== 'VIEWER';
}

/** Roles that manage the organization itself: members, terms, KYC. */
export function canAdminister(state: SessionState): boolean {
  return state.status === 'authenticated' && (state.membership?.role === 'OWNER' || state.membership?.role === 'ADMIN');
}

export class SessionManager {
  private state: SessionState = { status: 'loading' };
  private accessToken: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inflight: Promise<boolean> | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly storage: Storage | null;
  private readonly now: () => number;
  private readonly refreshLeadMs: number;
  private readonly retryDelayMs: number;

  constructor(
    private readonly transport: SessionTransport,
    options: SessionOptions = {},
  ) {
    this.storage = options.storage ?? safeLocalStorage();
    this.now = options.now ?? Date.now;
    this.refreshLeadMs = options.refreshLeadMs ?? 60_000;
    this.retryDelayMs = options.retryDelayMs ?? 15_000;
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getAccessToken(): string | null {
    return this.accessToken;
  }

  /** True when a request sent now with the access token would be refused. */
  isAccessTokenExpired(): boolean {
    return this.state.status === 'authenticated' && this.now() >= this.state.expiresAt - 1_000;
  }

  /**
   * Resumes a session on app start. Resolves once the state is known
   * (authenticated or anonymous); never rejects. Without a marker there is no
   * cookie worth trying, so no request is made.
   */
  async start(): Promise<void> {
    if (this.state.status !== 'loading') return;
    this.removeLegacyToken();
    if (!this.readMarker()) {
      this.setState({ status: 'anonymous', reason: 'none' });
      return;
    }
    await this.refresh();
  }

  /** Keeps the tokens a signUp, logIn or switch returned and schedules their renewal. */
  signIn(tokens: AuthTokens): void {
    this.apply(tokens);
  }

  /**
   * Renews the access token with the session cookie (and so re-reads the
   * role). Concurrent callers, in this tab and others, share one request.
   * Resolves true when the session was renewed.
   */
  refresh(): Promise<boolean> {
    this.inflight ??= withRefreshLock(() => this.doRefresh()).finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  /** Ends the session on the server (best effort) and forgets it here. */
  async logOut(): Promise<void> {
    const accessToken = this.accessToken;
    this.clear('loggedOut');
    try {
      await this.transport.logOut(accessToken);
    } catch {
      // The access token is gone from this tab either way; the cookie's
      // session expires on its own.
    }
  }

  /**
   * Follows another tab: localStorage fires a storage event in every other
   * tab of the same origin when the marker changes (log-in, log-out, another
   * user, another organization).
   */
  handleStorageEvent(event: StorageEvent): void {
    if (event.key !== SESSION_MARKER_KEY && event.key !== null) return;
    const marker = parseMarker(event.newValue);
    if (!marker) {
      if (this.state.status === 'authenticated') this.clear('loggedOut', { keepStorage: true });
      return;
    }
    const s = this.state;
    if (s.status === 'anonymous' || (s.status === 'authenticated' && !sameMarker(marker, markerOf(s)))) {
      void this.refresh();
    }
  }

  dispose(): void {
    this.cancelTimer();
    this.listeners.clear();
  }

  private async doRefresh(): Promise<boolean> {
    try {
      this.apply(await this.transport.refresh());
      return true;
    } catch (error) {
      if (error instanceof SessionRejectedError) {
        this.clear(this.state.status === 'loading' && !this.readMarker() ? 'none' : 'expired');
      } else if (this.state.status === 'authenticated' && !this.isAccessTokenExpired()) {
        // Still usable for a while: try again soon, quietly.
        this.schedule(Math.min(this.retryDelayMs, this.msUntilExpiry()));
      } else {
        // Keep the marker so a later visit can resume.
        this.clear('unavailable', { keepStorage: true });
      }
      return false;
    }
  }

  private apply(tokens: AuthTokens): void {
    const expiresAt = Date.parse(tokens.expiresAt);
    this.accessToken = tokens.accessToken;
    const next: SessionState = { status: 'authenticated', user: tokens.user, membership: tokens.membership ?? null, expiresAt };
    this.writeMarker(markerOf(next));
    this.setState(next);
    const life = Math.max(0, expiresAt - this.now());
    const lead = Math.min(this.refreshLeadMs, life / 5);
    this.schedule(life - lead);
  }

  private clear(reason: AnonymousReason, { keepStorage = false } = {}): void {
    this.cancelTimer();
    this.accessToken = null;
    if (!keepStorage) this.writeMarker(null);
    this.setState({ status: 'anonymous', reason });
  }

  private schedule(delayMs: number): void {
    this.cancelTimer();
    this.timer = setTimeout(
      () => {
        this.timer = null;
        void this.refresh();
      },
      Math.max(0, delayMs),
    );
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private msUntilExpiry(): number {
    return this.state.status === 'authenticated' ? this.state.expiresAt - this.now() : 0;
  }

  private readMarker(): Marker | null {
    try {
      return parseMarker(this.storage?.getItem(SESSION_MARKER_KEY) ?? null);
    } catch {
      return null;
    }
  }

  private writeMarker(marker: Marker | null): void {
    try {
      if (marker === null) this.storage?.removeItem(SESSION_MARKER_KEY);
      else this.storage?.setItem(SESSION_MARKER_KEY, JSON.stringify(marker));
    } catch {
      // Storage can be disabled (private mode); tabs then do not follow each other.
    }
  }

  private removeLegacyToken(): void {
    try {
      this.storage?.removeItem(LEGACY_REFRESH_TOKEN_KEY);
    } catch {
      // Nothing to clean up.
    }
  }

  private setState(next: SessionState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

function markerOf(state: Extract<SessionState, { status: 'authenticated' }>): Marker {
  return { userId: state.user.id, tenantId: state.membership?.tenant.id ?? null };
}

function sameMarker(a: Marker, b: Marker): boolean {
  return a.userId === b.userId && a.tenantId === b.tenantId;
}

function parseMarker(value: string | null): Marker | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as Partial<Marker>;
    return typeof parsed.userId === 'string' ? { userId: parsed.userId, tenantId: parsed.tenantId ?? null } : null;
  } catch {
    return null;
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Serialises refreshes across tabs where the Web Locks API exists: the
 * refresh cookie rotates on every use, and the server takes a second use of
 * one as a stolen copy, so two tabs must never send the same cookie at once.
 * Inside the lock the browser sends whatever cookie the previous holder left.
 */
function withRefreshLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return fn();
  // The lock resolves with the callback's own (awaited) result.
  return locks.request('keybs.session.refresh', fn) as unknown as Promise<T>;
}
