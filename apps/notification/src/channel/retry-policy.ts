import { DeliveryOutcome } from './outbound-channel';

export interface RetrySettings {
  /** Attempts in all, the first included; a delivery still failing after the last one is dead-lettered. */
  maxAttempts: number;
  /** The wait after the first failed attempt, before jitter; it doubles with each further one. */
  baseDelayMs: number;
  /** The longest wait, before jitter. */
  maxDelayMs: number;
}

// Eight attempts over half an hour to an hour (30 s, 1, 2, 4, 8, 16, 30 min): a WeCom or gateway outage of that
// length is survived; past it the dead letter tells someone, and the inbox entry is there anyway.
export const DEFAULT_RETRY: RetrySettings = { maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 30 * 60_000 };

export type RetryDecision = { kind: 'DONE' } | { kind: 'RETRY'; at: Date } | { kind: 'DEAD_LETTER'; reason: string };

/**
 * What follows an attempt: nothing after a delivery; the dead-letter list after a permanent failure or the last
 * attempt; else another attempt after an exponential backoff with jitter. The jitter spreads the retries of many
 * deliveries that failed together (WeCom down for a minute) instead of sending them back in one burst; it draws from
 * the upper half of the interval, so a retry never comes sooner than half the backoff. A provider's Retry-After is a
 * floor.
 */
export class RetryPolicy {
  constructor(private readonly settings: RetrySettings = DEFAULT_RETRY) {
    const { maxAttempts, baseDelayMs, maxDelayMs } = settings;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error(`retry: maxAttempts must be a whole number from 1, not ${maxAttempts}`);
    if (!(baseDelayMs > 0) || !(maxDelayMs >= baseDelayMs)) throw new Error(`retry: need 0 < baseDelayMs (${baseDelayMs}) <= maxDelayMs (${maxDelayMs})`);
  }

  /**
   * @param attempt the attempt that just ended, counted from 1
   * @param random a draw from [0, 1); injectable so tests are exact
   */
  next(attempt: number, outcome: DeliveryOutcome, now: Date, random: () => number = Math.random): RetryDecision {
    if (outcome.status === 'DELIVERED') return { kind: 'DONE' };
    if (outcome.status === 'PERMANENT') return { kind: 'DEAD_LETTER', reason: outcome.error };
    if (attempt >= this.settings.maxAttempts) return { kind: 'DEAD_LETTER', reason: `gave up after ${attempt} attempts: ${outcome.error}` };
    return { kind: 'RETRY', at: new Date(now.getTime() + Math.max(this.delayMs(attempt, random), outcome.retryAfterMs ?? 0)) };
  }

  /** The wait after failed attempt `attempt`: base · 2^(attempt−1), capped, then drawn from its upper half. */
  delayMs(attempt: number, random: () => number = Math.random): number {
    const backoff = Math.min(this.settings.maxDelayMs, this.settings.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(backoff / 2 + (backoff / 2) * random());
  }
}
