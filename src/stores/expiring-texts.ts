export interface ExpiringTextsOptions {
  /** Entries kept at most; beyond it the oldest go first. @default 10_000 */
  maxEntries?: number;
  /** @default Date.now */
  now?: () => number;
}

/**
 * Texts kept for a time each, at most `maxEntries`: what the in-process caches hold. Room is made
 * on each fill, expired entries and then the oldest fills first.
 */
export class ExpiringTexts {
  private readonly entries = new Map<string, { text: string; expiresAt: number }>();
  private readonly maxEntries: number;
  readonly now: () => number;

  constructor(options: ExpiringTextsOptions = {}) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** The text under `key` while it has not expired. */
  get(key: string): string | undefined {
    const cached = this.entries.get(key);
    if (cached === undefined) return undefined;
    if (cached.expiresAt > this.now()) return cached.text;
    this.entries.delete(key);
    return undefined;
  }

  /** Stores each `[key, text]` for `ttlMs`. */
  set(rows: ReadonlyArray<readonly [key: string, text: string]>, ttlMs: number): void {
    const at = this.now();
    for (const [key, cached] of this.entries) {
      if (cached.expiresAt > at && this.entries.size + rows.length <= this.maxEntries) break;
      this.entries.delete(key);
    }
    for (const [key, text] of rows) {
      this.entries.delete(key); // re-inserted last, so the front holds the oldest fills
      this.entries.set(key, { text, expiresAt: at + ttlMs });
    }
  }
}
