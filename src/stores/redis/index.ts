import type { IdempotencyStore } from '../../idempotency';
import type { Logger } from '../../logger';
import type { Readiness } from '../../readiness';
import type { BudgetRegistry } from '../../upstream/rate-budget';
import type { LiveBus } from '../live-bus';
import type { RecordCache } from '../record-cache';
import type { ReferenceCache } from '../reference-cache';
import { createRedisBudgetRegistry } from './budget-registry';
import { connectRedis, type RedisConnection } from './connection';
import { createRedisIdempotencyStore } from './idempotency-store';
import { createRedisLiveBus } from './live-bus';
import { createRedisRecordCache } from './record-cache';
import { createRedisReferenceCache } from './reference-cache';

export interface RedisStoresOptions {
  /** `REDIS_URL`. */
  url: string;
  /** Namespace of every key and channel. @default 'ponte:' */
  prefix?: string;
  readiness: Readiness;
  logger: Logger;
  /** Kommo's window (1000 ms; tests shorten it). */
  windowMs: number;
  /** See `RedisBudgetOptions.inflightLeaseMs`: at least the upstream timeout plus a window. */
  inflightLeaseMs: number;
  /** Budget fine-tuning (tests shorten them). */
  waiterLeaseMs?: number;
  pollMs?: number;
  /** How long `openRedisStores` waits for the first connection. @default 5000 */
  connectTimeoutMs?: number;
}

/** The state several replicas share (CONTRACT §7), as `createServices` takes it. */
export interface SharedStores {
  budgets: BudgetRegistry;
  idempotencyStore: IdempotencyStore;
  referenceCache: ReferenceCache;
  /** Kommo records kept while webhooks flow; a webhook's eviction on one replica is seen by all. */
  recordCache: RecordCache;
  /** Live events to every replica's subscribers, deduplicated across replicas. */
  liveBus: LiveBus;
  connection: RedisConnection;
  /** Stops the budgets and closes both connections. */
  close(): Promise<void>;
}

/**
 * Connects to Redis and builds the shared stores on it. Waits up to `connectTimeoutMs` for the first
 * connection; past that it goes on (logging why): `readiness` keeps its reason, the affected calls
 * fail with UPSTREAM_UNAVAILABLE, and everything works once Redis answers.
 */
export async function openRedisStores(options: RedisStoresOptions): Promise<SharedStores> {
  const prefix = options.prefix ?? 'ponte:';
  const connection = connectRedis({ url: options.url, readiness: options.readiness, logger: options.logger });
  if (!(await connection.ready(options.connectTimeoutMs ?? 5000))) {
    options.logger.warn('Redis (REDIS_URL) is not reachable yet: Kommo calls and keyed sends fail until it is');
  }
  const { windowMs, inflightLeaseMs, waiterLeaseMs, pollMs } = options;
  const budgets = createRedisBudgetRegistry({ connection, prefix, windowMs, inflightLeaseMs, waiterLeaseMs, pollMs });
  const liveBus = createRedisLiveBus({ connection, prefix });
  return {
    budgets,
    idempotencyStore: createRedisIdempotencyStore({ redis: connection.commands, prefix }),
    referenceCache: createRedisReferenceCache({ redis: connection.commands, prefix }),
    recordCache: createRedisRecordCache({ redis: connection.commands, prefix }),
    liveBus,
    connection,
    async close() {
      await liveBus.close();
      await budgets.close();
      await connection.close();
    },
  };
}
