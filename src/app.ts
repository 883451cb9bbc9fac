import type { Services } from './context';
import { createIdempotentRunner, createMemoryIdempotencyStore, type IdempotencyStore } from './idempotency';
import { KommoClient } from './kommo/kommo.client';
import { kommoGroupsWrittenBy, kommoReferenceList } from './kommo/kommo.reference-lists';
import type { Logger } from './logger';
import { silentEvents, type GatewayEvents } from './gateway-events';
import { Readiness } from './readiness';
import type { UpstreamObserver } from './upstream/observer';
import { createMemoryReferenceCache, type ReferenceCache } from './stores/reference-cache';
import { createMemoryRecordCache, type RecordCache } from './stores/record-cache';
import { credentialOf, SharedReadsTransport } from './stores/shared-reads';
import { SharedRecords } from './stores/shared-records';
import { createBudgetRegistry, originOf, type AccountBudget, type BudgetRegistry } from './upstream/rate-budget';
import { Transport, type RetryPolicy } from './upstream/transport';
import { unconfiguredWoofedTransport, WoofedClient } from './woofed/woofed.client';

export interface KommoEndpoint {
  baseUrl: string;
  token: string;
}

export interface WoofedEndpoint {
  baseUrl: string;
  token: string;
  /** The `{account_id}` path segment. */
  accountId: string;
}

export interface ServiceOptions {
  kommo: KommoEndpoint;
  /** Absent (Kommo-only benchmarks): every WoofedCRM field fails with INTERNAL_SERVER_ERROR. */
  woofed?: WoofedEndpoint;
  kommoRateLimitRps: number;
  upstreamTimeoutMs: number;
  logger: Logger;
  /** One budget per Kommo account, shared by every transport built from this registry. */
  budgets?: BudgetRegistry;
  retry?: Partial<RetryPolicy>;
  /** @default () => new Date() */
  clock?: () => Date;
  /** Sees every upstream attempt (metrics, traces). @default nothing */
  observer?: UpstreamObserver;
  /** Told of cache hits and idempotent replays (metrics). @default nothing */
  events?: GatewayEvents;
  /** Why the gateway cannot serve (`/ready`); the stores report into it. @default a fresh one */
  readiness?: Readiness;
  /** Where idempotency keys live. @default an in-process store (keys kept 24 h, bounded) */
  idempotencyStore?: IdempotencyStore;
  /** Where reference lists and write generations live. @default an in-process cache */
  referenceCache?: ReferenceCache;
  /** How long reference lists are reused (`REFERENCE_TTL_SECONDS`); 0 turns the cache off. @default 0 */
  referenceTtlSeconds?: number;
  /** Where Kommo records are kept while webhooks flow. @default an in-process cache */
  recordCache?: RecordCache;
  /** `RECORD_CACHE_SECONDS`: how long records are reused while webhooks flow; 0 turns it off. @default 0 */
  recordCacheSeconds?: number;
}

/** Kommo's window; the budget holds each slot until a window after the response (see RequestBudget). */
export const KOMMO_WINDOW_MS = 1000;

export interface AppServices extends Services {
  /** The Kommo account's request budget (its queue length is a metric). */
  kommoBudget: AccountBudget;
  close(): Promise<void>;
}

/** Long-lived clients for one gateway process (or one test). */
export function createServices(options: ServiceOptions): AppServices {
  const budgets = options.budgets ?? createBudgetRegistry({ windowMs: KOMMO_WINDOW_MS });
  const events = options.events ?? silentEvents;
  const kommoBudget = budgets.budgetFor(options.kommo.baseUrl, options.kommoRateLimitRps);
  const kommoTransport = new Transport({
    upstream: 'kommo',
    baseUrl: options.kommo.baseUrl,
    token: options.kommo.token,
    timeoutMs: options.upstreamTimeoutMs,
    budget: kommoBudget,
    logger: options.logger,
    ...(options.observer === undefined ? {} : { observer: options.observer }),
    ...(options.retry === undefined ? {} : { retry: options.retry }),
  });
  // WoofedCRM has no rate limit, so no budget; same timeout, and writes are never retried.
  const woofedTransport =
    options.woofed === undefined
      ? undefined
      : new Transport({
          upstream: 'woofed',
          baseUrl: options.woofed.baseUrl,
          token: options.woofed.token,
          timeoutMs: options.upstreamTimeoutMs,
          logger: options.logger,
          ...(options.observer === undefined ? {} : { observer: options.observer }),
          ...(options.retry === undefined ? {} : { retry: options.retry }),
        });
  const referenceCache = options.referenceCache ?? createMemoryReferenceCache();
  const account = originOf(options.kommo.baseUrl);
  const kommoReads = new SharedReadsTransport({
    inner: kommoTransport,
    cache: referenceCache,
    account,
    token: options.kommo.token,
    referenceList: kommoReferenceList,
    groupsWrittenBy: kommoGroupsWrittenBy,
    ttlMs: (options.referenceTtlSeconds ?? 0) * 1000,
    events,
    logger: options.logger,
  });
  const sharedRecords = new SharedRecords({
    records: options.recordCache ?? createMemoryRecordCache(),
    reference: referenceCache,
    account,
    credential: credentialOf(options.kommo.token),
    ttlMs: (options.recordCacheSeconds ?? 0) * 1000,
    events,
    logger: options.logger,
  });
  const clock = options.clock ?? (() => new Date());
  return {
    kommo: new KommoClient(kommoReads).withSharedRecords(sharedRecords),
    sharedRecords,
    woofed: new WoofedClient(woofedTransport ?? unconfiguredWoofedTransport, options.woofed?.accountId ?? '1'),
    sendOnce: createIdempotentRunner({
      // A claim outlives the longest send, so a live holder's claim is never taken for abandoned.
      leaseMs: Math.max(120_000, 2 * options.upstreamTimeoutMs),
      onReplay: () => events.idempotentReplay(),
      onUnrecorded: () =>
        options.logger.error(
          'an idempotency key could not record its send: repeats will answer outcomeUnknown instead of the result',
        ),
      store:
        options.idempotencyStore ??
        createMemoryIdempotencyStore({
          now: clock,
          onEarlyEviction: () =>
            options.logger.warn(
              'idempotency key evicted before 24 h: the in-process store is full; use a shared store',
            ),
        }),
    }),
    clock,
    logger: options.logger,
    events,
    readiness: options.readiness ?? new Readiness(),
    kommoBudget,
    close: async () => {
      await Promise.all([kommoTransport.close(), woofedTransport?.close()]);
    },
  };
}
