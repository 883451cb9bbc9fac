/**
 * Caches one lazy promise, so reference data is fetched at most once per request. Like DataLoader
 * with a failed batch, a failure is not cached: the next call tries again.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (cached === undefined) {
      const current = load();
      cached = current;
      current.catch(() => {
        if (cached === current) cached = undefined;
      });
    }
    return cached;
  };
}

/** What `create` builds for a key, built on its first use and kept (a per-request loader, a `once`). */
export function perKey<K, T>(create: (key: K) => T): (key: K) => T {
  const built = new Map<K, T>();
  return (key) => {
    let value = built.get(key);
    if (value === undefined) built.set(key, (value = create(key)));
    return value;
  };
}

/** `once` per key: one lazy promise for each key, failures forgotten. */
export function oncePerKey<K, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const loaderOf = perKey((key: K) => once(() => load(key)));
  return (key) => loaderOf(key)();
}
