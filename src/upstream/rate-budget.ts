import { ClientGoneError } from './scope';

export interface RequestBudgetOptions {
  /** Starts allowed within any window of `windowMs`. */
  limit: number;
  /** @default 1000 */
  windowMs?: number;
  /** A monotonic clock in ms. @default performance.now */
  now?: () => number;
  /** @default setTimeout */
  sleep?: (ms: number) => Promise<void>;
}

/** Frees the slot a request holds; call it once the response has begun arriving or the attempt failed. */
export type ReleaseSlot = () => void;

/**
 * The request budget of one Kommo account, as the transport uses it. `RequestBudget` keeps it in
 * this process; a shared implementation keeps it across replicas.
 */
export interface AccountBudget {
  /**
   * Resolves when the caller may start one request, with the function that frees its slot.
   * Rejects with `ClientGoneError` when `signal` aborts first (the caller's place is given up),
   * and without waiting while the budget is blocked.
   */
  acquire(signal?: AbortSignal): Promise<ReleaseSlot>;
  /** No start before now + ms, for every caller (used after a 429). Never shortens an earlier penalty. */
  penalize(ms: number): void;
  /** Refuses every start, queued or new, until now + ms, with the error `error(remainingMs)` builds. */
  block(ms: number, error: (remainingMs: number) => Error): void;
  /** Callers waiting for a slot right now. */
  queueLength(): number;
}

interface Waiter {
  resolve: (release: ReleaseSlot) => void;
  reject: (error: Error) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

/**
 * A queueing request budget for one Kommo account, which allows about 7 requests per second and
 * bans clients that keep exceeding it.
 *
 * Kommo counts requests when they *arrive*, and arrival is somewhere between our start and the
 * first byte of the response: a request that waits for a new TLS connection can arrive hundreds
 * of milliseconds after one that started later. So a request holds its slot from its start until
 * one full window after its response began (or it failed), and a new request starts only while
 * fewer than `limit` slots are held. Then no window of `windowMs` can hold more than `limit`
 * arrivals, whatever the network does, and starts are a sliding window too, never a bucket that
 * allows a burst on top: a token bucket would allow up to 2×limit inside one window, exactly the
 * pattern Kommo punishes. The price is throughput: `limit` requests per (window + latency).
 *
 * Callers are served strictly FIFO. At most one timer is pending, and only while someone waits;
 * it is a normal (ref'd) timer, because a waiting caller is real work the process must finish.
 */
export class RequestBudget implements AccountBudget {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Held slots: in flight (no `releasedAt`) or released less than a window ago. */
  private readonly slots: Array<{ releasedAt?: number }> = [];
  private readonly waiters: Waiter[] = [];
  private penaltyUntil = Number.NEGATIVE_INFINITY;
  private blockedUntil = Number.NEGATIVE_INFINITY;
  private blockError: ((remainingMs: number) => Error) | undefined;
  private sleeping = false;

  constructor(options: RequestBudgetOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1) {
      throw new RangeError(`request budget limit must be a positive integer, got ${options.limit}`);
    }
    this.limit = options.limit;
    this.windowMs = options.windowMs ?? 1000;
    this.now = options.now ?? (() => performance.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  acquire(signal?: AbortSignal): Promise<ReleaseSlot> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(new ClientGoneError());
        return;
      }
      const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
      if (signal !== undefined) {
        waiter.onAbort = () => {
          const index = this.waiters.indexOf(waiter);
          if (index >= 0) this.waiters.splice(index, 1);
          reject(new ClientGoneError());
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.waiters.push(waiter);
      this.pump();
    });
  }

  queueLength(): number {
    return this.waiters.length;
  }

  /**
   * Refuses every start, queued or new, until now + ms, with the error `error(remainingMs)` builds.
   * For when waiting makes no sense: Kommo asked for a pause far beyond our backoff bound, or it
   * banned the client (every further request would fail and make the ban worse).
   */
  block(ms: number, error: (remainingMs: number) => Error): void {
    const until = this.now() + ms;
    if (until <= this.blockedUntil) return;
    this.blockedUntil = until;
    this.blockError = error;
    this.pump();
  }

  /** No start before now + ms, for every caller (used after a 429). Never shortens an earlier penalty. */
  penalize(ms: number): void {
    if (ms > 0) this.penaltyUntil = Math.max(this.penaltyUntil, this.now() + ms);
  }

  private pump(): void {
    if (this.sleeping) return;
    while (this.waiters.length > 0) {
      const now = this.now();
      if (now < this.blockedUntil && this.blockError !== undefined) {
        const error = this.blockError(this.blockedUntil - now);
        for (const waiter of this.waiters.splice(0)) settle(waiter).reject(error);
        return;
      }
      this.dropExpired(now);
      const startAt = this.nextStartAt();
      // Every slot is in flight: the next release calls pump again.
      if (startAt === undefined) return;
      if (startAt > now) {
        this.sleeping = true;
        const wake = (): void => {
          this.sleeping = false;
          this.pump();
        };
        this.sleep(Math.ceil(startAt - now)).then(wake, wake);
        return;
      }
      const waiter = this.waiters.shift();
      if (waiter === undefined) return;
      const slot: { releasedAt?: number } = {};
      this.slots.push(slot);
      settle(waiter).resolve(() => {
        if (slot.releasedAt !== undefined) return;
        slot.releasedAt = this.now();
        this.pump();
      });
    }
  }

  private dropExpired(now: number): void {
    for (let i = this.slots.length - 1; i >= 0; i -= 1) {
      const releasedAt = this.slots[i]?.releasedAt;
      if (releasedAt !== undefined && releasedAt + this.windowMs <= now) this.slots.splice(i, 1);
    }
  }

  /** When the next start may happen; `undefined` while every slot is still in flight. */
  private nextStartAt(): number | undefined {
    if (this.slots.length < this.limit) return this.penaltyUntil;
    const frees = this.slots.flatMap((slot) =>
      slot.releasedAt === undefined ? [] : [slot.releasedAt + this.windowMs],
    );
    if (frees.length === 0) return undefined;
    return Math.max(Math.min(...frees), this.penaltyUntil);
  }
}

/** Stops listening for the waiter's abort: it is being answered. */
function settle(waiter: Waiter): Waiter {
  if (waiter.onAbort !== undefined) waiter.signal?.removeEventListener('abort', waiter.onAbort);
  return waiter;
}

export interface BudgetRegistry {
  /**
   * The one budget for `key` (a Kommo account origin such as https://acme.kommo.com; URLs are
   * reduced to their origin), created with `limit` on first use. Later calls return the same
   * instance whatever `limit` they pass.
   */
  budgetFor(key: string, limit: number): AccountBudget;
}

/** Shares one budget per Kommo account among all clients and transports built for it. */
export function createBudgetRegistry(defaults: Omit<RequestBudgetOptions, 'limit'> = {}): BudgetRegistry {
  const budgets = new Map<string, RequestBudget>();
  return {
    budgetFor(key, limit) {
      const normalized = originOf(key);
      let budget = budgets.get(normalized);
      if (!budget) {
        budget = new RequestBudget({ ...defaults, limit });
        budgets.set(normalized, budget);
      }
      return budget;
    },
  };
}

/** A Kommo account key: the origin of a URL (https://acme.kommo.com), or the key itself when it is no URL. */
export function originOf(key: string): string {
  try {
    const { origin } = new URL(key);
    return origin === 'null' ? key : origin; // 'null' for schemes without an origin
  } catch {
    return key;
  }
}
