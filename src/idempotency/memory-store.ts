import type { IdempotencyRecord, IdempotencyStore } from './idempotency-store';

export interface MemoryStoreOptions {
  /**
   * Beyond this many keys the oldest are evicted first, even before they expire. Each key holds
   * one remembered WoofedCRM event (about 1 KB), so the default bounds the store near 100 MB.
   * @default 100_000
   */
  maxEntries?: number;
  /** Told whenever a key is evicted before its lifetime ended (the 24 h promise broke for it). */
  onEarlyEviction?: (key: string) => void;
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
 * the rest (oldest first), so the guaranteed lifetime holds only while the cap is not reached;
 * every early eviction is reported through `onEarlyEviction` (the gateway logs it).
 */
export function createMemoryIdempotencyStore(options: MemoryStoreOptions = {}): IdempotencyStore & { size(): number } {
  const maxEntries = options.maxEntries ?? 100_000;
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
      if (entry.expiresAt > at) options.onEarlyEviction?.(key);
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
