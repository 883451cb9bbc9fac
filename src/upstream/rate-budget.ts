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

/**
 * A queueing request budget for one Kommo account, which allows about 7 requests per second and
 * bans clients that keep exceeding it.
 *
 * It is a sliding window, not a token bucket: a start at time t is allowed only when the
 * `limit`-th most recent start happened at or before t − windowMs, so no window of `windowMs`
 * ever holds more than `limit` starts. A token bucket would allow a full burst right after a
 * window's worth of refill, i.e. up to 2×limit starts inside one window, which is exactly the
 * pattern Kommo punishes.
 *
 * Callers are served strictly FIFO. At most one timer is pending, and only while someone waits;
 * it is a normal (ref'd) timer, because a waiting caller is real work the process must finish.
 */
export class RequestBudget {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** The most recent `limit` start times, oldest first. */
  private readonly starts: number[] = [];
  private readonly waiters: Array<() => void> = [];
  private penaltyUntil = Number.NEGATIVE_INFINITY;
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

  /** Resolves when the caller may start one request. Never rejects. */
  acquire(): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.pump();
    });
  }

  /** No start before now + ms, for every caller (used after a 429). Never shortens an earlier penalty. */
  penalize(ms: number): void {
    if (ms > 0) this.penaltyUntil = Math.max(this.penaltyUntil, this.now() + ms);
  }

  private pump(): void {
    if (this.sleeping) return;
    while (this.waiters.length > 0) {
      const now = this.now();
      const waitMs = this.nextStartAt() - now;
      if (waitMs > 0) {
        this.sleeping = true;
        const wake = (): void => {
          this.sleeping = false;
          this.pump();
        };
        this.sleep(Math.ceil(waitMs)).then(wake, wake);
        return;
      }
      this.starts.push(now);
      if (this.starts.length > this.limit) this.starts.shift();
      this.waiters.shift()?.();
    }
  }

  private nextStartAt(): number {
    const oldest = this.starts.length < this.limit ? undefined : this.starts[0];
    const windowFreesAt = oldest === undefined ? Number.NEGATIVE_INFINITY : oldest + this.windowMs;
    return Math.max(windowFreesAt, this.penaltyUntil);
  }
}

export interface BudgetRegistry {
  /**
   * The one budget for `key` (a Kommo account origin such as https://acme.kommo.com; URLs are
   * reduced to their origin), created with `limit` on first use. Later calls return the same
   * instance whatever `limit` they pass.
   */
  budgetFor(key: string, limit: number): RequestBudget;
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

function originOf(key: string): string {
  try {
    const { origin } = new URL(key);
    return origin === 'null' ? key : origin; // 'null' for schemes without an origin
  } catch {
    return key;
  }
}
