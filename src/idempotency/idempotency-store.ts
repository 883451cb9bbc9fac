/**
 * Where idempotency keys live: in this process (`createMemoryIdempotencyStore`, one replica) or in
 * Redis (`createRedisIdempotencyStore`, shared by every replica and kept across restarts).
 */
export interface IdempotencyRecord {
  /** Hash of the request the key was first used with; another request under the key is refused. */
  fingerprint: string;
  /**
   * `pending` while the first request is in flight; `abandoned` when its holder stopped (a crashed
   * replica) before storing a result, so nobody knows whether it was sent; `done` once the result is stored.
   */
  state: 'pending' | 'abandoned' | 'done';
  /** The stored result (JSON-serialisable), only when `done`. */
  result?: unknown;
}

export interface ClaimLifetimes {
  /** How long the claim stays `pending` without a result; after that it is `abandoned`. */
  leaseMs: number;
  /** How long the key lives in any state (at least 24 h: an abandoned key must not free itself). */
  ttlMs: number;
}

export interface IdempotencyStore {
  /**
   * Atomically records `key` as pending unless a record exists. Resolves `undefined` when this
   * caller now owns the key, else the existing record (which the caller must not modify).
   */
  claim(key: string, fingerprint: string, lifetimes: ClaimLifetimes): Promise<IdempotencyRecord | undefined>;
  /** Replaces the pending record with the result; it then lives `ttlMs` from now. */
  complete(key: string, fingerprint: string, result: unknown, ttlMs: number): Promise<void>;
  /** Forgets the key (a first attempt that failed for sure), so that a retry may run again. */
  release(key: string): Promise<void>;
  /** The live record of `key`, if any. */
  get(key: string): Promise<IdempotencyRecord | undefined>;
}
