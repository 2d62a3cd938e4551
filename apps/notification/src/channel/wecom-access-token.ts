import { exchange, outcomeOfStatus } from './http-exchange';
import { DeliveryOutcome, retryable } from './outbound-channel';
import { outcomeOfErrcode, wecomReply } from './wecom-errcode';

export interface WecomCredentials {
  baseUrl: string;
  corpId: string;
  /** The application's secret (应用的Secret), not the corp's. */
  corpSecret: string;
  timeoutMs: number;
}

// Refresh this long before WeCom's expires_in runs out, so a token is never used in its last moments.
const REFRESH_MARGIN_MS = 5 * 60_000;

interface CachedToken {
  token: string;
  refreshAt: number;
}

export type TokenResult = { token: string } | { failure: DeliveryOutcome };

/**
 * The application's access_token (gettoken), shared by every send until shortly before it expires. WeCom limits how
 * often gettoken may be called, so concurrent sends wait for one request instead of each asking.
 */
export class WecomAccessToken {
  private cached: CachedToken | null = null;
  private pending: Promise<TokenResult> | null = null;

  constructor(
    private readonly credentials: WecomCredentials,
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<TokenResult> {
    if (this.cached && this.now() < this.cached.refreshAt) return { token: this.cached.token };
    this.pending ??= this.fetchToken().finally(() => (this.pending = null));
    return this.pending;
  }

  /** WeCom refused `token` as invalid or expired; forget it unless a newer one has already replaced it. */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = null;
  }

  private async fetchToken(): Promise<TokenResult> {
    const url = new URL('/cgi-bin/gettoken', this.credentials.baseUrl);
    url.searchParams.set('corpid', this.credentials.corpId);
    url.searchParams.set('corpsecret', this.credentials.corpSecret);
    const requestedAt = this.now();
    const result = await exchange({ method: 'GET', url: url.toString(), timeoutMs: this.credentials.timeoutMs });
    if ('failure' in result) return result;
    const failed = outcomeOfStatus(result.reply, result.reply.text);
    if (failed) return { failure: failed };
    const reply = wecomReply(result.reply.text);
    if (!reply) return { failure: retryable(`WeCom gettoken answered without an errcode: ${result.reply.text}`) };
    if (reply.errcode !== 0) return { failure: outcomeOfErrcode(reply) };
    const { access_token: token, expires_in: expiresIn } = reply.body;
    if (typeof token !== 'string' || typeof expiresIn !== 'number')
      return { failure: retryable(`WeCom gettoken answered without access_token/expires_in: ${result.reply.text}`) };
    const lifetimeMs = expiresIn * 1000;
    // Short lifetimes (never seen in production, but cheap to handle) keep at least half of theirs.
    this.cached = { token, refreshAt: requestedAt + Math.max(lifetimeMs - REFRESH_MARGIN_MS, lifetimeMs / 2) };
    return { token };
  }
}
