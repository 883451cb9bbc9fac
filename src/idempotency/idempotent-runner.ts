import type { IdempotencyStore } from './idempotency-store';

/** How a key was misused; the schema layer turns it into BAD_USER_INPUT. */
export class IdempotencyConflictError extends Error {
  constructor(readonly reason: 'different-request' | 'in-progress') {
    super(
      reason === 'different-request'
        ? 'this idempotencyKey was already used for a different request'
        : 'a request with this idempotencyKey is still in progress elsewhere; retry later',
    );
    this.name = 'IdempotencyConflictError';
  }
}

export interface IdempotentRunnerOptions {
  store: IdempotencyStore;
  /** How long a completed key is remembered. @default 24 h */
  ttlMs?: number;
  /** How long a pending claim lives if its process dies before completing it. @default 2 min */
  pendingTtlMs?: number;
  /** For a key pending in another process (shared stores only): poll interval and patience. @default 100 ms, 15 s */
  pollMs?: number;
  maxWaitMs?: number;
  /** @default setTimeout */
  sleep?: (ms: number) => Promise<void>;
}

export type IdempotentRunner = (key: string, fingerprint: string, work: () => Promise<unknown>) => Promise<unknown>;

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Runs `work` at most once per key while the key lives:
 * - a repeat with the same fingerprint gets the first result (concurrent repeats in this process
 *   share the first call's promise; repeats after it read the store);
 * - a repeat with another fingerprint rejects with `IdempotencyConflictError('different-request')`;
 * - when `work` fails the key is released and the error propagates: failures are not remembered,
 *   so a retry runs `work` again.
 * The result must be JSON-serialisable (a shared store keeps it as JSON). A replayed result is
 * `unknown`: callers map it the same way as a fresh one.
 */
export function createIdempotentRunner(options: IdempotentRunnerOptions): IdempotentRunner {
  const { store } = options;
  const ttlMs = options.ttlMs ?? DAY_MS;
  const pendingTtlMs = options.pendingTtlMs ?? 120_000;
  const pollMs = options.pollMs ?? 100;
  const maxWaitMs = options.maxWaitMs ?? 15_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const inFlight = new Map<string, { fingerprint: string; promise: Promise<unknown> }>();

  async function execute(key: string, fingerprint: string, work: () => Promise<unknown>): Promise<unknown> {
    for (let waitedMs = 0; ; waitedMs += pollMs) {
      const existing = await store.claim(key, fingerprint, pendingTtlMs);
      if (existing === undefined) return runClaimed(key, fingerprint, work);
      if (existing.fingerprint !== fingerprint) throw new IdempotencyConflictError('different-request');
      if (existing.state === 'done') return existing.result;
      // Pending in another process: wait for its outcome (a release lets us claim it next round).
      if (waitedMs >= maxWaitMs) throw new IdempotencyConflictError('in-progress');
      await sleep(pollMs);
    }
  }

  async function runClaimed(key: string, fingerprint: string, work: () => Promise<unknown>): Promise<unknown> {
    let result: unknown;
    try {
      result = await work();
    } catch (error) {
      await store.release(key);
      throw error;
    }
    await store.complete(key, fingerprint, result, ttlMs);
    return result;
  }

  return (key, fingerprint, work) => {
    const running = inFlight.get(key);
    if (running !== undefined) {
      return running.fingerprint === fingerprint
        ? running.promise
        : Promise.reject(new IdempotencyConflictError('different-request'));
    }
    // Registered before the first await, so a concurrent repeat can never reach the store first.
    const promise = execute(key, fingerprint, work).finally(() => inFlight.delete(key));
    inFlight.set(key, { fingerprint, promise });
    return promise;
  };
}
