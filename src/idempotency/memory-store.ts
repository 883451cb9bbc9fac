import type { IdempotencyRecord, IdempotencyStore } from './idempotency-store';

export interface MemoryStoreOptions {
  /** Beyond this many keys the oldest are evicted first, even before they expire. @default 50_000 */
  maxEntries?: number;
  /** @default () => new Date() */
  now?: () => Date;
}

interface Entry {
  record: IdempotencyRecord;
  expiresAt: number;
}

/**
 * An `IdempotencyStore` in this process's memory: lost on restart and not shared between
 * processes. Memory is bounded: expired keys are swept on every claim, and `maxEntries` caps
 * the rest (oldest first), so the guaranteed lifetime holds only while the cap is not reached.
 */
export function createMemoryIdempotencyStore(options: MemoryStoreOptions = {}): IdempotencyStore & { size(): number } {
  const maxEntries = options.maxEntries ?? 50_000;
  const now = options.now ?? (() => new Date());
  // Map order is insertion order; `put` re-inserts, so the front holds the oldest writes.
  const entries = new Map<string, Entry>();

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry === undefined || entry.expiresAt > now().getTime()) return entry;
    entries.delete(key);
    return undefined;
  };
  const put = (key: string, record: IdempotencyRecord, ttlMs: number): void => {
    entries.delete(key);
    entries.set(key, { record, expiresAt: now().getTime() + ttlMs });
  };
  const sweep = (): void => {
    const at = now().getTime();
    for (const [key, entry] of entries) {
      if (entry.expiresAt > at && entries.size < maxEntries) break;
      entries.delete(key);
    }
  };

  return {
    async claim(key, fingerprint, ttlMs) {
      const existing = live(key);
      if (existing !== undefined) return existing.record;
      sweep();
      put(key, { fingerprint, state: 'pending' }, ttlMs);
      return undefined;
    },
    async complete(key, fingerprint, result, ttlMs) {
      put(key, { fingerprint, state: 'done', result }, ttlMs);
    },
    async release(key) {
      entries.delete(key);
    },
    async get(key) {
      return live(key)?.record;
    },
    size: () => entries.size,
  };
}
