import { CallerCache } from './caller-cache';

describe('CallerCache', () => {
  let now = 1_000_000;
  const clock = () => now;
  const counted = () => {
    let calls = 0;
    const compute = (value: string, reuseMs: number) => async () => ({ value: `${value}#${++calls}`, reuseUntil: now + reuseMs });
    return { compute, calls: () => calls };
  };

  beforeEach(() => (now = 1_000_000));

  it('reuses a value until its time is up, then computes it again', async () => {
    const cache = new CallerCache<string>(10, clock);
    const { compute, calls } = counted();
    expect(await cache.get('token-a', compute('a', 30_000))).toBe('a#1');
    now += 29_999;
    expect(await cache.get('token-a', compute('a', 30_000))).toBe('a#1');
    now += 1;
    expect(await cache.get('token-a', compute('a', 30_000))).toBe('a#2');
    expect(calls()).toBe(2);
  });

  it('keeps callers apart by their whole token', async () => {
    const cache = new CallerCache<string>(10, clock);
    const { compute } = counted();
    expect(await cache.get('token-a', compute('a', 30_000))).toBe('a#1');
    expect(await cache.get('token-a.', compute('b', 30_000))).toBe('b#2');
  });

  it('shares one computation between concurrent first requests', async () => {
    const cache = new CallerCache<string>(10, clock);
    const { compute, calls } = counted();
    const values = await Promise.all([cache.get('t', compute('a', 30_000)), cache.get('t', compute('a', 30_000)), cache.get('t', compute('a', 30_000))]);
    expect(values).toEqual(['a#1', 'a#1', 'a#1']);
    expect(calls()).toBe(1);
  });

  it('keeps no failure: the next request verifies again', async () => {
    const cache = new CallerCache<string>(10, clock);
    await expect(cache.get('bad', () => Promise.reject(new Error('forged')))).rejects.toThrow('forged');
    expect(cache.size).toBe(0);
    expect(await cache.get('bad', async () => ({ value: 'now valid', reuseUntil: now + 1000 }))).toBe('now valid');
  });

  it('keeps nothing whose reuse time is already over (a token about to expire)', async () => {
    const cache = new CallerCache<string>(10, clock);
    const { compute, calls } = counted();
    expect(await cache.get('t', compute('a', 0))).toBe('a#1');
    expect(cache.size).toBe(0);
    expect(await cache.get('t', compute('a', 0))).toBe('a#2');
    expect(calls()).toBe(2);
  });

  it('holds at most maxEntries callers, dropping the oldest', async () => {
    const cache = new CallerCache<string>(3, clock);
    const { compute, calls } = counted();
    for (const token of ['t1', 't2', 't3', 't4']) await cache.get(token, compute(token, 30_000));
    expect(cache.size).toBe(3);
    expect(await cache.get('t4', compute('t4', 30_000))).toBe('t4#4');
    expect(await cache.get('t1', compute('t1', 30_000))).toBe('t1#5');
    expect(calls()).toBe(5);
  });
});
