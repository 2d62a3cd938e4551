/**
 * Per-request batching for field and reference resolvers (the DataLoader idea in a few lines): every load
 * issued in the same tick becomes one call of `batch`, so a list of N work orders costs one query per
 * field, not N. State lives on the GraphQL context object, so nothing leaks between requests.
 */
type Pending<K, V> = { keys: K[]; waiters: { key: K; resolve: (v: V | undefined) => void; reject: (e: unknown) => void }[] };

const stores = new WeakMap<object, Map<string, Pending<unknown, unknown>>>();

export function batchLoad<K, V>(context: object, name: string, key: K, batch: (keys: K[]) => Promise<Map<K, V>>): Promise<V | undefined> {
  let store = stores.get(context);
  if (!store) stores.set(context, (store = new Map()));
  let pending = store.get(name) as Pending<K, V> | undefined;
  if (!pending) {
    const fresh: Pending<K, V> = { keys: [], waiters: [] };
    store.set(name, fresh as Pending<unknown, unknown>);
    pending = fresh;
    const owner = store;
    setImmediate(() => {
      owner.delete(name);
      batch([...new Set(fresh.keys)]).then(
        (found) => fresh.waiters.forEach((w) => w.resolve(found.get(w.key))),
        (error: unknown) => fresh.waiters.forEach((w) => w.reject(error)),
      );
    });
  }
  const target = pending;
  return new Promise<V | undefined>((resolve, reject) => {
    target.keys.push(key);
    target.waiters.push({ key, resolve, reject });
  });
}

/** Groups rows by a key, for one-to-many batches. */
export function groupBy<K, V>(rows: V[], keyOf: (row: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return groups;
}
