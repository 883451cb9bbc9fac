/** An event on its way to every replica's subscribers: the upstream JSON, decoded where it is delivered. */
export type LiveMessage = { source: 'kommo'; raw: unknown } | { source: 'woofed'; raw: unknown; content?: string };

/**
 * Carries live events to every replica and decides which replica publishes an event first seen
 * by several (a webhook retried to another replica, a poll racing a webhook).
 */
export interface LiveBus {
  /** True exactly once per key across every replica sharing the bus (for `ttlMs`). */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Delivers to every listener of every replica, this one included. */
  publish(message: LiveMessage): Promise<void>;
  listen(listener: (message: LiveMessage) => void): void;
  close(): Promise<void>;
}

/** One replica: claims and listeners in this process. */
export function createMemoryLiveBus(now: () => number = Date.now): LiveBus {
  const claims = new Map<string, number>();
  const listeners: Array<(message: LiveMessage) => void> = [];
  return {
    async claim(key, ttlMs) {
      const at = now();
      for (const [claimed, until] of claims) if (until <= at) claims.delete(claimed);
      if (claims.has(key)) return false;
      claims.set(key, at + ttlMs);
      return true;
    },
    async publish(message) {
      for (const listener of listeners) listener(message);
    },
    listen(listener) {
      listeners.push(listener);
    },
    async close() {
      listeners.length = 0;
    },
  };
}
