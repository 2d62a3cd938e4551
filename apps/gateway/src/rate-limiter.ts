/**
 * Fixed one-minute windows per key (a client address, a portal session). In memory, so each gateway replica
 * counts on its own: with n replicas a client gets at most n times the limit, which still stops a script
 * hammering a photographed label. The maintenance service adds a durable per-label limit behind it.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();
  private lastSweep = 0;

  constructor(
    private readonly perMinute: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts one request; returns how many seconds to wait when the key is over its limit, else null. */
  take(key: string, now = Date.now()): number | null {
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= this.perMinute) return null;
    return Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1000));
  }

  /** Forgets finished windows now and then, so a stream of one-off addresses cannot grow the map for ever. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
  }

  get size(): number {
    return this.windows.size;
  }
}
