import { DeliveryOutcome, delivered, permanent, retryable } from './outbound-channel';
import { DEFAULT_RETRY, RetryPolicy } from './retry-policy';

describe('retry policy', () => {
  const now = new Date('2026-12-07T02:00:00Z');
  const later = (ms: number) => new Date(now.getTime() + ms);
  const policy = new RetryPolicy({ maxAttempts: 5, baseDelayMs: 10_000, maxDelayMs: 60_000 });
  const timeout: DeliveryOutcome = retryable('qyapi.weixin.qq.com did not answer within 5000 ms');

  it('is done after a delivery and dead-letters a permanent failure at once, with the provider’s text', () => {
    expect(policy.next(1, delivered('msg-1'), now)).toEqual({ kind: 'DONE' });
    expect(policy.next(1, permanent('WeCom errcode 81013: user & party & tag all invalid'), now)).toEqual({
      kind: 'DEAD_LETTER',
      reason: 'WeCom errcode 81013: user & party & tag all invalid',
    });
  });

  it('backs off exponentially up to the cap, jitter taking the upper half of each interval', () => {
    const lowest = () => 0;
    const highest = () => 1 - Number.EPSILON;
    expect([1, 2, 3, 4].map((attempt) => policy.delayMs(attempt, lowest))).toEqual([5_000, 10_000, 20_000, 30_000]);
    expect([1, 2, 3, 4].map((attempt) => policy.delayMs(attempt, highest))).toEqual([10_000, 20_000, 40_000, 60_000]);
    expect(policy.next(2, timeout, now, () => 0.5)).toEqual({ kind: 'RETRY', at: later(15_000) });
  });

  it('spreads retries of deliveries that failed together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => policy.delayMs(3)));
    expect(delays.size).toBeGreaterThan(40);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(20_000);
    for (const delay of delays) expect(delay).toBeLessThanOrEqual(40_000);
  });

  it('waits at least as long as the provider’s Retry-After', () => {
    expect(policy.next(1, retryable('HTTP 429: slow down', 120_000), now, () => 0)).toEqual({ kind: 'RETRY', at: later(120_000) });
    expect(policy.next(4, retryable('HTTP 429: slow down', 1_000), now, () => 0)).toEqual({ kind: 'RETRY', at: later(30_000) });
  });

  it('dead-letters a delivery still failing after the last attempt', () => {
    expect(policy.next(4, timeout, now).kind).toBe('RETRY');
    expect(policy.next(5, timeout, now)).toEqual({
      kind: 'DEAD_LETTER',
      reason: 'gave up after 5 attempts: qyapi.weixin.qq.com did not answer within 5000 ms',
    });
  });

  it('defaults to eight attempts over half an hour to an hour, and refuses settings that cannot work', () => {
    const defaults = new RetryPolicy();
    const total = (draw: number) =>
      Array.from({ length: DEFAULT_RETRY.maxAttempts - 1 }, (_, i) => defaults.delayMs(i + 1, () => draw)).reduce((a, b) => a + b);
    expect(total(1 - Number.EPSILON)).toBe((30 + 60 + 120 + 240 + 480 + 960 + 1800) * 1000);
    expect(total(0)).toBe(total(1 - Number.EPSILON) / 2);
    expect(() => new RetryPolicy({ ...DEFAULT_RETRY, maxAttempts: 0 })).toThrow(/maxAttempts/);
    expect(() => new RetryPolicy({ ...DEFAULT_RETRY, baseDelayMs: 0 })).toThrow(/baseDelayMs/);
    expect(() => new RetryPolicy({ ...DEFAULT_RETRY, maxDelayMs: 1 })).toThrow(/maxDelayMs/);
  });
});
