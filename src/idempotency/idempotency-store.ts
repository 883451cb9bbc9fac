/**
 * Where idempotency keys live. The in-process store (`createMemoryIdempotencyStore`) is the
 * default; a shared store (Redis: `SET key value NX PX ttl` to claim, `SET … XX PX ttl` to
 * complete, `DEL` to release) can implement the same four calls so that several gateway
 * processes agree on what was already sent.
 */
export interface IdempotencyRecord {
  /** Hash of the request the key was first used with; another request under the key is refused. */
  fingerprint: string;
  /** `pending` while the first request is in flight; `done` once its result is stored. */
  state: 'pending' | 'done';
  /** The stored result (JSON-serialisable), only when `done`. */
  result?: unknown;
}

export interface IdempotencyStore {
  /**
   * Atomically records `key` as pending unless a live record exists. Resolves `undefined` when
   * this caller now owns the key, else the existing record (which the caller must not modify).
   */
  claim(key: string, fingerprint: string, ttlMs: number): Promise<IdempotencyRecord | undefined>;
  /** Replaces the pending record with the result; it then lives `ttlMs` from now. */
  complete(key: string, fingerprint: string, result: unknown, ttlMs: number): Promise<void>;
  /** Forgets the key (a failed first attempt), so that a retry may run again. */
  release(key: string): Promise<void>;
  /** The live record of `key`, if any. */
  get(key: string): Promise<IdempotencyRecord | undefined>;
}
