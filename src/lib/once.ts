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

/** `once` per key: one lazy promise for each key, failures forgotten. */
export function oncePerKey<K, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const loaders = new Map<K, () => Promise<T>>();
  return (key) => {
    let loader = loaders.get(key);
    if (loader === undefined) loaders.set(key, (loader = once(() => load(key))));
    return loader();
  };
}
