import type { IdempotencyStore } from './idempotency-store';
import { unknownOutcomeResult } from './outcome-unknown';

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
  /**
   * How long a claim stays pending without a result. Past it, its holder is taken to have stopped
   * (a crashed replica) and every repeat is answered with an unknown outcome, never sent again: keep
   * it well above the longest send. @default 2 min
   */
  leaseMs?: number;
  /** For a key pending in another process (shared stores only): poll interval and patience. @default 100 ms, 15 s */
  pollMs?: number;
  maxWaitMs?: number;
  /** @default setTimeout */
  sleep?: (ms: number) => Promise<void>;
  /** Told of every repeat answered without running the work (metrics). */
  onReplay?: () => void;
  /**
   * Told when the store could not record a finished send (its result, or the release of a key whose
   * send failed): the key stays pending, and once its lease ends repeats answer an unknown outcome.
   */
  onUnrecorded?: (key: string, error: unknown) => void;
}

export type IdempotentRunner = (key: string, fingerprint: string, work: () => Promise<unknown>) => Promise<unknown>;

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Answers repeats of a key whose holder stopped before it recorded what happened. */
const ABANDONED = unknownOutcomeResult({
  reason: 'the process that sent the first attempt stopped before recording its answer',
  status: null,
});

/**
 * Runs `work` at most once per key while the key lives:
 * - a repeat with the same fingerprint gets the first result (concurrent repeats in this process
 *   share the first call's promise; repeats after it, or in another process, read the store, and
 *   wait while the key is pending elsewhere);
 * - a repeat of a key whose holder stopped mid-send gets `unknownOutcomeResult` (see `leaseMs`);
 * - a repeat with another fingerprint rejects with `IdempotencyConflictError('different-request')`;
 * - when `work` fails the key is released and the error propagates: failures are not remembered,
 *   so a retry runs `work` again.
 * The result must be JSON-serialisable (a shared store keeps it as JSON). A replayed result is
 * `unknown`: callers map it the same way as a fresh one.
 */
export function createIdempotentRunner(options: IdempotentRunnerOptions): IdempotentRunner {
  const { store } = options;
  const ttlMs = options.ttlMs ?? DAY_MS;
  const leaseMs = options.leaseMs ?? 120_000;
  const pollMs = options.pollMs ?? 100;
  const maxWaitMs = options.maxWaitMs ?? 15_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const inFlight = new Map<string, { fingerprint: string; promise: Promise<unknown> }>();

  async function execute(key: string, fingerprint: string, work: () => Promise<unknown>): Promise<unknown> {
    for (let waitedMs = 0; ; waitedMs += pollMs) {
      const existing = await store.claim(key, fingerprint, { leaseMs, ttlMs });
      if (existing === undefined) return runClaimed(key, fingerprint, work);
      if (existing.fingerprint !== fingerprint) throw new IdempotencyConflictError('different-request');
      if (existing.state !== 'pending') {
        options.onReplay?.();
        return existing.state === 'done' ? existing.result : ABANDONED;
      }
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
      await store.release(key).catch((storeError: unknown) => options.onUnrecorded?.(key, storeError));
      throw error;
    }
    // The send happened: its caller gets the result even when the store cannot keep it.
    await store
      .complete(key, fingerprint, result, ttlMs)
      .catch((storeError: unknown) => options.onUnrecorded?.(key, storeError));
    return result;
  }

  return (key, fingerprint, work) => {
    const running = inFlight.get(key);
    if (running !== undefined) {
      if (running.fingerprint !== fingerprint) return Promise.reject(new IdempotencyConflictError('different-request'));
      options.onReplay?.();
      return running.promise;
    }
    // Registered before the first await, so a concurrent repeat can never reach the store first.
    const promise = execute(key, fingerprint, work).finally(() => inFlight.delete(key));
    inFlight.set(key, { fingerprint, promise });
    return promise;
  };
}
