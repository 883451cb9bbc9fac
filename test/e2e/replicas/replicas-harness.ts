/** Several gateway replicas sharing one Redis, in front of one Kommo and one WoofedCRM simulator. */
import type { GraphQLSchema } from 'graphql';
import { createServices, KOMMO_WINDOW_MS } from '../../../src/app';
import { startKommoSimulator, type KommoSimulatorOptions } from '../../../src/demo/kommo';
import { startWoofedSimulator, type WoofedSimulatorOptions } from '../../../src/demo/woofed';
import type { GatewayEvents } from '../../../src/gateway-events';
import { Readiness } from '../../../src/readiness';
import { buildPonteSchema } from '../../../src/schema/build-schema';
import { startGateway } from '../../../src/server';
import { openRedisStores } from '../../../src/stores/redis';
import { closeSimulators } from '../../helpers/armed-faults';
import type { GraphQLResult } from '../../helpers/harness';
import type { RecordingLogger } from '../../helpers/recording-logger';
import { deleteKeys, inspector, TEST_REDIS_URL, testPrefix } from '../../helpers/redis';
import { recordingLogger } from '../../helpers/recording-logger';

let schema: Promise<GraphQLSchema> | undefined;

export interface ReplicasOptions {
  sim?: KommoSimulatorOptions;
  woofed?: WoofedSimulatorOptions;
  /** Every replica's KOMMO_RATE_LIMIT_RPS. @default 1000 (tests not about the rate) */
  rps?: number;
  /** @default 60 */
  referenceTtlSeconds?: number;
  /** Every replica's KOMMO_WEBHOOK_SECRET. @default none (no receiver) */
  kommoWebhookSecret?: string;
  /** Every replica's RECORD_CACHE_SECONDS. @default 0 */
  recordCacheSeconds?: number;
}

export interface ReplicaOptions {
  /** The Kommo token this replica sends. @default the simulator's */
  kommoToken?: string;
  /** @default the test Redis */
  redisUrl?: string;
}

const TIMEOUT_MS = 2000;

type CountingEvents = GatewayEvents & { counts: Record<string, number> };

/** One gateway process of the test. */
export interface Replica {
  /** Its `/graphql` URL (HTTP; WebSocket on the same path). */
  url: string;
  /** Subscriptions open on it. */
  subscribers(): number;
  readiness: Readiness;
  logger: RecordingLogger;
  events: CountingEvents;
  /** The response without `extensions.cost`, whose upstream calls `upstreamCalls()` adds up instead. */
  query<T = Record<string, unknown>>(query: string, variables?: unknown): Promise<GraphQLResult<T>>;
  /** The sum of `extensions.cost.upstreamCalls` over every answer this replica gave. */
  upstreamCalls(): number;
  /** Stops it as SIGTERM would: HTTP first, then the clients, then its Redis connections. */
  stop(): Promise<void>;
}

/** What a replica reported through `services.events`, counted by name. */
function countingEvents(): CountingEvents {
  const counts: Record<string, number> = {};
  const count = (name: string) => {
    counts[name] = (counts[name] ?? 0) + 1;
  };
  return {
    counts,
    cacheHit: (cache) => count(`hit ${cache}`),
    cacheMiss: (cache) => count(`miss ${cache}`),
    idempotentReplay: () => count('replay'),
  };
}

export async function startReplicas(options: ReplicasOptions = {}) {
  const rps = options.rps ?? 1000;
  const sim = await startKommoSimulator({ rateLimitRps: rps, ...options.sim });
  const woofed = await startWoofedSimulator(options.woofed);
  const prefix = testPrefix('replicas');
  const redis = inspector();
  const running: Replica[] = [];

  /** A gateway process: its own Redis connections, services and HTTP server. */
  async function startReplica(replica: ReplicaOptions = {}): Promise<Replica> {
    const readiness = new Readiness();
    const logger = recordingLogger();
    const events = countingEvents();
    const stores = await openRedisStores({
      url: replica.redisUrl ?? TEST_REDIS_URL,
      prefix,
      readiness,
      logger,
      windowMs: KOMMO_WINDOW_MS,
      inflightLeaseMs: TIMEOUT_MS + KOMMO_WINDOW_MS,
      pollMs: 50,
      connectTimeoutMs: replica.redisUrl === undefined ? 5000 : 200,
    });
    const services = createServices({
      kommo: { baseUrl: sim.url, token: replica.kommoToken ?? sim.token },
      woofed: { baseUrl: woofed.url, token: woofed.token, accountId: woofed.accountId },
      kommoRateLimitRps: rps,
      upstreamTimeoutMs: TIMEOUT_MS,
      logger,
      readiness,
      events,
      retry: { baseDelayMs: 1, maxDelayMs: 20 },
      referenceTtlSeconds: options.referenceTtlSeconds ?? 60,
      budgets: stores.budgets,
      idempotencyStore: stores.idempotencyStore,
      referenceCache: stores.referenceCache,
      recordCache: stores.recordCache,
      recordCacheSeconds: options.recordCacheSeconds ?? 0,
    });
    const gateway = await startGateway(await (schema ??= buildPonteSchema()), services, {
      port: 0,
      webhooks: { kommoSecret: options.kommoWebhookSecret },
      live: { bus: stores.liveBus, burstMs: 5 },
    });
    let stopped = false;
    let upstreamCalls = 0;
    const handle: Replica = {
      url: gateway.url,
      subscribers: () => gateway.subscribers(),
      readiness,
      logger,
      events,
      async query<T>(query: string, variables?: unknown): Promise<GraphQLResult<T>> {
        const response = await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        const { extensions, ...result } = (await response.json()) as GraphQLResult<T>;
        const { cost, ...others } = extensions ?? {};
        upstreamCalls += (cost as { upstreamCalls?: number } | undefined)?.upstreamCalls ?? 0;
        return Object.keys(others).length > 0 ? { ...result, extensions: others } : result;
      },
      upstreamCalls: () => upstreamCalls,
      async stop() {
        if (stopped) return;
        stopped = true;
        await gateway.stop();
        await services.close();
        await stores.close();
      },
    };
    running.push(handle);
    return handle;
  }

  return {
    sim,
    woofed,
    redis,
    prefix,
    startReplica,
    async close() {
      for (const replica of running) await replica.stop();
      await deleteKeys(redis, prefix);
      await redis.quit();
      await closeSimulators({ Kommo: sim, WoofedCRM: woofed });
    },
  };
}

export type Replicas = Awaited<ReturnType<typeof startReplicas>>;
