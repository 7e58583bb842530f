// The portal's session: a short-lived access token kept only in memory and a
// long-lived refresh token kept in localStorage, so a reload or a new tab can
// resume silently. SessionManager owns both tokens and the refresh schedule;
// it knows nothing about React or urql (see SessionProvider and app/client).

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  /** Set for KeyBS platform staff (analysts, senior analysts, ops), who belong to no organization. */
  staffRole?: StaffRole | null;
}

/** The platform staff roles, as the API spells them. */
export type StaffRole = 'ANALYST' | 'SENIOR_ANALYST' | 'OPS';

/** What signUp, logIn and refreshSession return. */
export interface AuthTokens {
  accessToken: string;
  refreshToken: string;
  /** RFC 3339 instant after which the access token is no longer accepted. */
  expiresAt: string;
  user: SessionUser;
}

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason: AnonymousReason }
  | { status: 'authenticated'; user: SessionUser; expiresAt: number };

/**
 * Why there is no session: never had one, the user logged out, the server no
 * longer accepts the refresh token, or the server could not be reached while
 * resuming (the stored token is then kept for the next attempt).
 */
export type AnonymousReason = 'none' | 'loggedOut' | 'expired' | 'unavailable';

/** The two calls the session makes to the API without going through itself. */
export interface SessionTransport {
  /** Rejects with SessionRejectedError when the server refuses the token. */
  refresh(refreshToken: string): Promise<AuthTokens>;
  logOut(refreshToken: string | null, accessToken: string | null): Promise<void>;
}

/** The server refused a refresh token: it is expired, revoked or unknown. */
export class SessionRejectedError extends Error {
  constructor(message = 'The session is no longer valid.') {
    super(message);
    this.name = 'SessionRejectedError';
  }
}

export const REFRESH_TOKEN_KEY = 'keybs.refreshToken';

export interface SessionOptions {
  storage?: Storage;
  now?: () => number;
  /** Refresh this long before expiresAt (capped to a fifth of the token's life). */
  refreshLeadMs?: number;
  /** After a failed background refresh (network, 5xx), try again after this. */
  retryDelayMs?: number;
}

type Listener = () => void;

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
   * Resumes a stored session on app start. Resolves once the state is known
   * (authenticated or anonymous); never rejects.
   */
  async start(): Promise<void> {
    if (this.state.status !== 'loading') return;
    if (!this.readRefreshToken()) {
      this.setState({ status: 'anonymous', reason: 'none' });
      return;
    }
    await this.refresh();
  }

  /** Stores the tokens a signUp or logIn returned and schedules their refresh. */
  signIn(tokens: AuthTokens): void {
    this.apply(tokens);
  }

  /**
   * Exchanges the stored refresh token for new tokens. Concurrent callers
   * share one request. Resolves true when the session was renewed.
   */
  refresh(): Promise<boolean> {
    this.inflight ??= withRefreshLock(() => this.doRefresh()).finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  /** Ends the session on the server (best effort) and forgets it here. */
  async logOut(): Promise<void> {
    const refreshToken = this.readRefreshToken();
    const accessToken = this.accessToken;
    this.clear('loggedOut');
    try {
      await this.transport.logOut(refreshToken, accessToken);
    } catch {
      // The tokens are gone from this browser either way; the server lets an
      // unused refresh token expire on its own.
    }
  }

  /**
   * Follows a log-out or log-in in another tab: localStorage fires a storage
   * event in every other tab of the same origin.
   */
  handleStorageEvent(event: StorageEvent): void {
    if (event.key !== REFRESH_TOKEN_KEY && event.key !== null) return;
    if (event.newValue === null && this.state.status === 'authenticated') {
      this.clear('loggedOut', { keepStorage: true });
    } else if (event.newValue && this.state.status === 'anonymous') {
      void this.refresh();
    }
  }

  dispose(): void {
    this.cancelTimer();
    this.listeners.clear();
  }

  private async doRefresh(): Promise<boolean> {
    // Read the token inside the lock: another tab may have rotated it.
    const refreshToken = this.readRefreshToken();
    if (!refreshToken) {
      this.clear(this.state.status === 'authenticated' ? 'expired' : 'none');
      return false;
    }
    try {
      this.apply(await this.transport.refresh(refreshToken));
      return true;
    } catch (error) {
      if (error instanceof SessionRejectedError) {
        this.clear('expired');
      } else if (this.state.status === 'authenticated' && !this.isAccessTokenExpired()) {
        // Still usable for a while: try again soon, quietly.
        this.schedule(Math.min(this.retryDelayMs, this.msUntilExpiry()));
      } else {
        // Keep the stored token so a later visit can resume.
        this.clear('unavailable', { keepStorage: true });
      }
      return false;
    }
  }

  private apply(tokens: AuthTokens): void {
    const expiresAt = Date.parse(tokens.expiresAt);
    this.accessToken = tokens.accessToken;
    this.writeRefreshToken(tokens.refreshToken);
    this.setState({ status: 'authenticated', user: tokens.user, expiresAt });
    const life = Math.max(0, expiresAt - this.now());
    const lead = Math.min(this.refreshLeadMs, life / 5);
    this.schedule(life - lead);
  }

  private clear(reason: AnonymousReason, { keepStorage = false } = {}): void {
    this.cancelTimer();
    this.accessToken = null;
    if (!keepStorage) this.writeRefreshToken(null);
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

  private readRefreshToken(): string | null {
    try {
      return this.storage?.getItem(REFRESH_TOKEN_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private writeRefreshToken(token: string | null): void {
    try {
      if (token === null) this.storage?.removeItem(REFRESH_TOKEN_KEY);
      else this.storage?.setItem(REFRESH_TOKEN_KEY, token);
    } catch {
      // Storage can be disabled (private mode); the session then lasts as long as the tab.
    }
  }

  private setState(next: SessionState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
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
 * Serialises refreshes across tabs where the Web Locks API exists, so two
 * tabs never spend the same (rotating) refresh token.
 */
function withRefreshLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return fn();
  // The lock resolves with the callback's own (awaited) result.
  return locks.request('keybs.session.refresh', fn) as unknown as Promise<T>;
}
