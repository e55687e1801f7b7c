// The signed-in session in this tab: the access token lives in memory only. Renewal goes through one
// shared promise, and across tabs through one Web Lock, because the API treats a refresh cookie used
// twice as theft and ends the session. A renewed token is shared with the other tabs by BroadcastChannel.

export type SessionStatus = 'unknown' | 'signedIn' | 'signedOut';
export type SignedOutReason = 'ended' | 'idle' | 'signedOut' | null;

export type SessionSnapshot = {
  readonly status: SessionStatus;
  readonly reason: SignedOutReason;
  // The API could not be reached; the session is kept and renewal tried again.
  readonly unavailable: boolean;
  readonly generation: number;
};

export type TokenPayload = { readonly accessToken: string; readonly expiresAt: string };

export type RefreshOutcome = 'ok' | 'signedOut' | 'unavailable';

type ChannelMessage =
  | { type: 'token'; accessToken: string; expiresAt: number }
  | { type: 'signedOut'; reason: SignedOutReason };

export type AuthSessionOptions = {
  endpoint?: string;
  // Renew this long before the access token expires.
  renewAheadMs?: number;
  // After this long without any input the session ends here (the API ends it after 30 minutes too).
  idleMs?: number;
  fetchImpl?: typeof fetch;
};

const LOCK_NAME = 'doorbraak-token-refresh';
const CHANNEL_NAME = 'doorbraak-session';
const REFRESH_MUTATION = 'mutation Refresh { refresh { accessToken expiresAt } }';
const RETRY_UNAVAILABLE_MS = 15_000;
// A WebSocket opened with a token about to expire would be closed again at once.
const FRESH_ENOUGH_MS = 10_000;

type GraphqlBody = { data?: { refresh?: TokenPayload } | null; errors?: { extensions?: { code?: string } }[] };

export class AuthSession {
  private token: string | null = null;
  private expiresAt = 0;
  private snapshot: SessionSnapshot = { status: 'unknown', reason: null, unavailable: false, generation: 0 };
  private refreshing: Promise<RefreshOutcome> | null = null;
  private renewTimer: ReturnType<typeof setTimeout> | null = null;
  private lastActivity = Date.now();
  private everSignedIn = false;
  private readonly listeners = new Set<() => void>();
  private readonly channel: BroadcastChannel | null;
  private readonly endpoint: string;
  private readonly renewAheadMs: number;
  private readonly idleMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(options: AuthSessionOptions = {}) {
    this.endpoint = options.endpoint ?? '/graphql';
    this.renewAheadMs = options.renewAheadMs ?? 60_000;
    this.idleMs = options.idleMs ?? 30 * 60_000;
    this.fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
    this.channel?.addEventListener('message', (event: MessageEvent<ChannelMessage>) => this.onMessage(event.data));
  }

  get current(): SessionSnapshot {
    return this.snapshot;
  }

  accessToken(): string | null {
    return this.token;
  }

  /** A token that is still good for a while, renewed first when it is not; null when signed out. */
  async freshAccessToken(): Promise<string | null> {
    if (this.token && this.expiresAt - Date.now() > FRESH_ENOUGH_MS) {
      return this.token;
    }
    if (this.snapshot.status === 'signedOut') {
      return null;
    }
    return (await this.refresh()) === 'ok' ? this.token : null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  // Keyboard and pointer input count as activity; reading a page without touching it does not.
  noteActivity(): void {
    this.lastActivity = Date.now();
  }

  /** After login or an accepted invitation. */
  signedIn(payload: TokenPayload): void {
    this.adopt(payload.accessToken, Date.parse(payload.expiresAt));
    this.broadcast({ type: 'token', accessToken: payload.accessToken, expiresAt: this.expiresAt });
  }

  /** Local sign-out (the caller ends the server session with the logout mutation first). */
  signOut(reason: SignedOutReason = 'signedOut'): void {
    this.clear(reason);
    this.broadcast({ type: 'signedOut', reason });
  }

  /** Renews the access token with the refresh cookie: one renewal at a time, in this tab and across tabs. */
  refresh(): Promise<RefreshOutcome> {
    if (!this.refreshing) {
      const generation = this.snapshot.generation;
      this.refreshing = this.withLock(() => this.refreshUnderLock(generation)).finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  private async refreshUnderLock(generationBefore: number): Promise<RefreshOutcome> {
    // Another tab renewed while this one waited for the lock: its token arrived by broadcast.
    if (this.snapshot.generation !== generationBefore && this.token && this.expiresAt - Date.now() > this.renewAheadMs) {
      return 'ok';
    }
    if (this.everSignedIn && Date.now() - this.lastActivity >= this.idleMs) {
      this.signOut('idle');
      return 'signedOut';
    }
    let response: Response;
    try {
      response = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REFRESH_MUTATION }),
      });
    } catch {
      return this.unavailable();
    }
    // An outage (503) or a proxy error means "try again", never "signed out".
    if (response.status >= 500 || response.status === 429) {
      return this.unavailable();
    }
    let body: GraphqlBody;
    try {
      body = (await response.json()) as GraphqlBody;
    } catch {
      return this.unavailable();
    }
    const payload = body.data?.refresh;
    if (payload) {
      this.signedIn(payload);
      return 'ok';
    }
    const codes = (body.errors ?? []).map((error) => error.extensions?.code);
    if (codes.includes('SERVICE_UNAVAILABLE') || codes.includes('INTERNAL_SERVER_ERROR')) {
      return this.unavailable();
    }
    this.signOut(this.everSignedIn ? 'ended' : null);
    return 'signedOut';
  }

  private unavailable(): RefreshOutcome {
    this.update({ unavailable: true, status: this.snapshot.status === 'unknown' ? 'unknown' : this.snapshot.status });
    this.schedule(RETRY_UNAVAILABLE_MS);
    return 'unavailable';
  }

  private async withLock<T>(work: () => Promise<T>): Promise<T> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) {
      return work();
    }
    return locks.request(LOCK_NAME, work);
  }

  private adopt(token: string, expiresAt: number): void {
    this.token = token;
    this.expiresAt = expiresAt;
    this.everSignedIn = true;
    this.update({ status: 'signedIn', reason: null, unavailable: false, generation: this.snapshot.generation + 1 });
    this.schedule(Math.max(1_000, expiresAt - Date.now() - this.renewAheadMs));
  }

  private clear(reason: SignedOutReason): void {
    this.token = null;
    this.expiresAt = 0;
    if (this.renewTimer) {
      clearTimeout(this.renewTimer);
      this.renewTimer = null;
    }
    this.update({ status: 'signedOut', reason, unavailable: false, generation: this.snapshot.generation + 1 });
  }

  private schedule(delayMs: number): void {
    if (this.renewTimer) {
      clearTimeout(this.renewTimer);
    }
    this.renewTimer = setTimeout(() => {
      this.renewTimer = null;
      void this.refresh();
    }, delayMs);
  }

  private onMessage(message: ChannelMessage): void {
    if (message.type === 'token') {
      this.adopt(message.accessToken, message.expiresAt);
    } else if (this.snapshot.status === 'signedIn') {
      this.clear(message.reason);
    }
  }

  private broadcast(message: ChannelMessage): void {
    this.channel?.postMessage(message);
  }

  private update(patch: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) {
      listener();
    }
  }
}
