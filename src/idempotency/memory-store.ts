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
  /** While pending: when the claim counts as abandoned. */
  leaseUntil?: number;
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

  const live = (key: string): IdempotencyRecord | undefined => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    const at = now().getTime();
    if (entry.expiresAt <= at) {
      entries.delete(key);
      return undefined;
    }
    const abandoned = entry.record.state === 'pending' && entry.leaseUntil !== undefined && entry.leaseUntil <= at;
    return abandoned ? { ...entry.record, state: 'abandoned' } : entry.record;
  };
  const put = (key: string, record: IdempotencyRecord, ttlMs: number, leaseMs?: number): void => {
    entries.delete(key);
    const at = now().getTime();
    entries.set(key, { record, expiresAt: at + ttlMs, ...(leaseMs === undefined ? {} : { leaseUntil: at + leaseMs }) });
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
    async claim(key, fingerprint, { leaseMs, ttlMs }) {
      const existing = live(key);
      if (existing !== undefined) return existing;
      sweep();
      put(key, { fingerprint, state: 'pending' }, ttlMs, leaseMs);
      return undefined;
    },
    async complete(key, fingerprint, result, ttlMs) {
      put(key, { fingerprint, state: 'done', result }, ttlMs);
    },
    async release(key) {
      entries.delete(key);
    },
    async get(key) {
      return live(key);
    },
    size: () => entries.size,
  };
}
