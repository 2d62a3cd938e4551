import { RateLimiter } from './rate-limiter';

describe('rate limiter', () => {
  it('lets a key make its quota per minute, then says how long to wait', () => {
    const limiter = new RateLimiter(3);
    const t0 = 1_000_000;
    expect([limiter.take('a', t0), limiter.take('a', t0 + 1), limiter.take('a', t0 + 2)]).toEqual([null, null, null]);
    expect(limiter.take('a', t0 + 20_000)).toBe(40);
    expect(limiter.take('b', t0 + 20_000)).toBeNull();
    expect(limiter.take('a', t0 + 60_000)).toBeNull();
  });

  it('forgets finished windows', () => {
    const limiter = new RateLimiter(1);
    for (let i = 0; i < 100; i++) limiter.take(`client-${i}`, 0);
    expect(limiter.size).toBe(100);
    limiter.take('later', 120_000);
    expect(limiter.size).toBe(1);
  });
});
