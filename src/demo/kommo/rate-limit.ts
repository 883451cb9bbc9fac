/**
 * Kommo's request budget as the simulator enforces it: per token, at most `rps` arrivals in any
 * sliding 1000 ms window (every arrival counts, including the ones refused), else 429; after
 * `banAfter` 429s the client is banned and every request gets the 403 nginx page until restart.
 */
export class RateLimiter {
  private readonly arrivals = new Map<string, number[]>();
  private refusals = 0;

  constructor(
    private readonly rps: number,
    private readonly banAfter: number,
    private readonly now: () => number = () => performance.now(),
    private readonly windowMs = 1000,
  ) {}

  get banned(): boolean {
    return this.refusals >= this.banAfter;
  }

  /** Records an arrival; false when it is over the budget (and counts toward the ban). */
  admit(key: string): boolean {
    const now = this.now();
    const recent = (this.arrivals.get(key) ?? []).filter((at) => now - at < this.windowMs);
    recent.push(now);
    this.arrivals.set(key, recent);
    if (recent.length <= this.rps) return true;
    this.refusals += 1;
    return false;
  }
}
