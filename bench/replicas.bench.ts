import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import { Redis } from 'ioredis';
import { createServices, KOMMO_WINDOW_MS } from '../src/app';
import { startKommoSimulator, type KommoSimulator } from '../src/demo/kommo';
import { silentLogger } from '../src/logger';
import { Readiness } from '../src/readiness';
import { buildPonteSchema } from '../src/schema/build-schema';
import { startGateway } from '../src/server';
import { openRedisStores, type SharedStores } from '../src/stores/redis';
import { maxInWindow } from '../test/helpers/arrivals';

/**
 * `npm run bench`, second part: one Kommo account at its real budget (a strict 7 rps simulator with
 * 50 ms latency), served by one replica and by two. Prints timelines served per second (cold: the
 * reference cache off; warm; 20 identical clients at once), budget use (arrivals per second / 7),
 * and the most arrivals in any sliding second with two replicas, with the shared budget in Redis
 * and, as the baseline measured in the same run, with each replica's own in-process budget.
 */
const RPS = 7;
const LATENCY_MS = 50;
const REDIS_URL = 'redis://127.0.0.1:6379';
const TIMELINE = `query Timeline($filter: EventFilter) {
  events(first: 100, filter: $filter) {
    nodes { id type entity { ... on Lead { name } } createdBy { name }
      ... on LeadStatusChangedEvent { statusAfter { name pipeline { name } } } }
  }
}`;

let schema: Promise<GraphQLSchema> | undefined;

interface Replica {
  /** Resolves false when the answer had errors (the baseline without a shared budget draws 429s). */
  query(filter: Slice): Promise<boolean>;
  stop(): Promise<void>;
}

async function startReplica(
  sim: KommoSimulator,
  options: { ttlSeconds: number; shared?: SharedStores },
): Promise<Replica> {
  const services = createServices({
    kommo: { baseUrl: sim.url, token: sim.token },
    kommoRateLimitRps: RPS,
    upstreamTimeoutMs: 10_000,
    logger: silentLogger,
    referenceTtlSeconds: options.ttlSeconds,
    ...(options.shared === undefined
      ? {}
      : {
          budgets: options.shared.budgets,
          idempotencyStore: options.shared.idempotencyStore,
          referenceCache: options.shared.referenceCache,
        }),
  });
  const gateway = await startGateway(await (schema ??= buildPonteSchema()), services, 0);
  return {
    async query(filter) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: TIMELINE, variables: { filter } }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      return body.errors === undefined;
    },
    async stop() {
      await gateway.stop();
      await services.close();
    },
  };
}

/** A timeline's filter: one slice of the account's history. */
interface Slice {
  createdAt: { from: string; to: string };
}

/** `count` disjoint slices of the simulator's event history: distinct timelines that share no call. */
function slices(sim: KommoSimulator, count: number): Slice[] {
  const times = sim.store.events.map((event) => Number(event['created_at']));
  const [first, last] = [Math.min(...times), Math.max(...times) + 1];
  const step = (last - first) / count;
  const at = (seconds: number): string => new Date(Math.round(seconds) * 1000).toISOString();
  return Array.from({ length: count }, (_, i) => ({
    createdAt: { from: at(first + i * step), to: at(first + (i + 1) * step) },
  }));
}

/** Runs `timelines` through `replicas` in turn, `clients` at a time. */
async function serve(
  replicas: Replica[],
  timelines: Slice[],
  clients: number,
): Promise<{ seconds: number; failed: number }> {
  const started = performance.now();
  let next = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let index = next++; index < timelines.length; index = next++) {
        if (!(await (replicas[client % replicas.length] as Replica).query(timelines[index] as Slice))) failed += 1;
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, failed };
}

/** `serve`, where every timeline must succeed. */
async function serveAll(replicas: Replica[], timelines: Slice[], clients: number): Promise<number> {
  const { seconds, failed } = await serve(replicas, timelines, clients);
  if (failed > 0) throw new Error(`${failed} timelines failed`);
  return seconds;
}

/**
 * Runs `run` on a quiet account (the simulator's window is let pass first, so no earlier run's
 * arrivals count against it) and reports what Kommo saw: calls, arrivals per second as a share of
 * the budget, the most arrivals in any sliding second, and 429s.
 */
async function measure(sim: KommoSimulator, run: () => Promise<number>) {
  await new Promise((resolve) => setTimeout(resolve, 1100));
  sim.resetRequests();
  const seconds = await run();
  const times = sim.requests.map((request) => request.at);
  return {
    seconds,
    calls: times.length,
    use: times.length / seconds / RPS,
    maxPerSecond: maxInWindow(times, 1000),
    refused: sim.requests.filter((request) => request.status === 429).length,
  };
}

const fmt = (value: number, digits = 2): string => value.toFixed(digits);

async function main(): Promise<void> {
  const lines: string[] = [
    `one Kommo account at ${RPS} rps (strict simulator, ${LATENCY_MS} ms latency); a timeline = events with names, creators, stages of one slice of the history (distinct slices share no call)`,
  ];
  const sim = await startKommoSimulator({ rateLimitRps: RPS, latencyMs: LATENCY_MS, banAfter429s: 1_000_000 });
  const distinct = (count: number): Slice[] => slices(sim, count);

  // One replica, the budget in process. Cold: the cache off, so every timeline reads users and pipelines again.
  const cold = await startReplica(sim, { ttlSeconds: 0 });
  const one = await measure(sim, () => serveAll([cold], distinct(8), 1));
  const baseline = 8 / one.seconds;
  lines.push(
    `cold, one client, 8 distinct timelines: ${fmt(baseline)} timelines/s, ${fmt(one.calls / 8, 1)} calls each (baseline)`,
  );
  const four = await measure(sim, () => serveAll([cold], distinct(16), 4));
  lines.push(
    `cold, 4 clients, 16 distinct timelines: ${fmt(16 / four.seconds)} timelines/s (×${fmt(16 / four.seconds / baseline)}), ${fmt(four.calls / 16, 1)} calls each (reference reads in flight are shared), budget use ${fmt(four.use)}`,
  );
  await cold.stop();

  const warm = await startReplica(sim, { ttlSeconds: 60 });
  await warm.query(slices(sim, 1)[0] as Slice); // fills the cache with users and pipelines
  const warmRun = await measure(sim, () => serveAll([warm], distinct(16), 4));
  lines.push(
    `warm (REFERENCE_TTL_SECONDS=60), 4 clients, 16 distinct timelines: ${fmt(16 / warmRun.seconds)} timelines/s (×${fmt(16 / warmRun.seconds / baseline)}), ${fmt(warmRun.calls / 16, 1)} calls each, budget use ${fmt(warmRun.use)}`,
  );
  const oneSlice = distinct(20)[0] as Slice;
  const same = await measure(sim, () =>
    serveAll(
      [warm],
      Array.from({ length: 60 }, () => oneSlice),
      20,
    ),
  );
  lines.push(
    `warm, 20 identical clients, 60 timelines: ${fmt(60 / same.seconds)} timelines/s (×${fmt(60 / same.seconds / baseline)}), ${same.calls} calls in all`,
  );
  await warm.stop();

  // Two replicas: each with its own budget (what Ponte did before REDIS_URL), then sharing one in Redis.
  const demand = distinct(30);
  const own = [await startReplica(sim, { ttlSeconds: 60 }), await startReplica(sim, { ttlSeconds: 60 })];
  let failed = 0;
  const ownRun = await measure(sim, async () => {
    const run = await serve(own, demand, 30);
    failed = run.failed;
    return run.seconds;
  });
  for (const replica of own) await replica.stop();
  lines.push(
    `two replicas, each its own budget, 30 distinct timelines at once: max ${ownRun.maxPerSecond} arrivals in a second, ${ownRun.refused} × 429, ${failed} timelines failed (baseline)`,
  );

  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
  } catch {
    lines.push(`two replicas sharing Redis: skipped, no Redis at ${REDIS_URL}`);
    process.stdout.write(lines.join('\n') + '\n');
    redis.disconnect();
    await sim.close();
    return;
  }
  const prefix = `ponte-bench:${randomUUID().slice(0, 8)}:`;
  const stores = await Promise.all(
    [0, 1].map(() =>
      openRedisStores({
        url: REDIS_URL,
        prefix,
        readiness: new Readiness(),
        logger: silentLogger,
        windowMs: KOMMO_WINDOW_MS,
        inflightLeaseMs: 10_000 + KOMMO_WINDOW_MS,
      }),
    ),
  );
  const shared = await Promise.all(stores.map((store) => startReplica(sim, { ttlSeconds: 60, shared: store })));
  const sharedRun = await measure(sim, () => serveAll(shared, demand, 30));
  lines.push(
    `two replicas sharing Redis, 30 distinct timelines at once: max ${sharedRun.maxPerSecond} arrivals in a second, ${sharedRun.refused} × 429, ${fmt(30 / sharedRun.seconds)} timelines/s, budget use ${fmt(sharedRun.use)}`,
  );
  for (const replica of shared) await replica.stop();
  for (const store of stores) await store.close();
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  await sim.close();
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
