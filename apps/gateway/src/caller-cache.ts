/**
 * Per-caller work the gateway would otherwise redo on every request (verifying the bearer token's signature, signing
 * the identity the subgraphs accept), done once and reused for a bounded time. Keyed by the whole bearer token, so a
 * changed or forged token never matches an entry; failures are not kept, so a bad token costs its caller, not the cache.
 */
export class CallerCache<T> {
  private readonly entries = new Map<string, { value: Promise<T>; until: number }>();

  constructor(
    /** Bounds memory under many callers: the oldest entry goes first. */
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The value for `bearer`, computed by `compute` when there is none still valid. `compute` gives how long its value may
   * be reused (epoch ms): never past the bearer's own expiry nor the reused identity token's half-life.
   */
  get(bearer: string, compute: () => Promise<{ value: T; reuseUntil: number }>): Promise<T> {
    const now = this.now();
    const cached = this.entries.get(bearer);
    if (cached && now < cached.until) return cached.value;
    if (cached) this.entries.delete(bearer);
    // Concurrent first requests of one caller share the computation; it counts as valid until it settles.
    const entry = { until: Number.POSITIVE_INFINITY } as { value: Promise<T>; until: number };
    entry.value = compute().then(
      ({ value, reuseUntil }) => {
        entry.until = reuseUntil;
        if (reuseUntil <= this.now()) this.forget(bearer, entry);
        return value;
      },
      (error: unknown) => {
        this.forget(bearer, entry);
        throw error;
      },
    );
    this.entries.set(bearer, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return entry.value;
  }

  get size(): number {
    return this.entries.size;
  }

  private forget(bearer: string, entry: { value: Promise<T> }): void {
    if (this.entries.get(bearer) === entry) this.entries.delete(bearer);
  }
}
