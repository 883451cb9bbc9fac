/**
 * Counts the stores report (CONTRACT §8: `ponte_cache_hits_total`, `ponte_cache_misses_total`,
 * `ponte_idempotent_replays_total`). The stores call these; the metrics module implements them,
 * so neither knows the other.
 */
export interface GatewayEvents {
  /** `cache` names what was looked up: `users`, `pipelines`, `task_types`, … */
  cacheHit(cache: string): void;
  cacheMiss(cache: string): void;
  /** A keyed write answered from the idempotency store instead of being sent. */
  idempotentReplay(): void;
}

export const silentEvents: GatewayEvents = { cacheHit: () => {}, cacheMiss: () => {}, idempotentReplay: () => {} };
