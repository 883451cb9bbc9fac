import { budgetKeys } from '../../../src/stores/redis/budget.lua';
import { createRedisBudgetRegistry } from '../../../src/stores/redis/budget-registry';
import { SharedStateUnavailableError } from '../../../src/stores/shared-state-error';
import { UpstreamForbiddenError, UpstreamRateLimitedError } from '../../../src/upstream/errors';
import type { AccountBudget, ReleaseSlot } from '../../../src/upstream/rate-budget';
import { ClientGoneError } from '../../../src/upstream/scope';
import { maxInWindow } from '../../helpers/arrivals';
import { deleteKeys, eventually, useTestRedis } from '../../helpers/redis';

const ACCOUNT = 'https://acme.kommo.com';
const shared = useTestRedis('budget');
const { redis } = shared;

/** One gateway process's view of the shared budget: its own connections and registry. */
async function replica(
  limit: number,
  options: { windowMs?: number; inflightLeaseMs?: number; waiterLeaseMs?: number } = {},
) {
  const { connection } = await shared.connect();
  const registry = shared.track(
    createRedisBudgetRegistry({
      connection,
      prefix: shared.prefix,
      windowMs: options.windowMs ?? 200,
      inflightLeaseMs: options.inflightLeaseMs ?? 2000,
      waiterLeaseMs: options.waiterLeaseMs ?? 2000,
      pollMs: 20,
    }),
  );
  return { budget: registry.budgetFor(`${ACCOUNT}/api/v4/leads`, limit), connection };
}

const keys = () => budgetKeys(shared.prefix, ACCOUNT);
const queued = async (): Promise<number> => redis.zcard(keys().queue);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request through `budget`: it arrives somewhere while in flight, and releases when its answer begins. */
async function request(budget: AccountBudget, arrivals: number[]): Promise<void> {
  const release = await budget.acquire();
  await sleep(Math.random() * 10);
  arrivals.push(performance.now());
  await sleep(Math.random() * 10);
  release();
}

describe('RedisBudget: one budget for every replica', () => {
  it('keeps two replicas together under the limit in every sliding window', async () => {
    const [a, b] = await Promise.all([replica(3), replica(3)]);
    const arrivals: number[] = [];
    await Promise.all(Array.from({ length: 24 }, (_, i) => request((i % 2 === 0 ? a : b).budget, arrivals)));
    expect(arrivals).toHaveLength(24);
    expect(maxInWindow(arrivals, 200)).toBeLessThanOrEqual(3);
    expect(await queued()).toBe(0);
  });

  it('serves waiters in arrival order across replicas (one shared ticket queue)', async () => {
    const [a, b] = await Promise.all([replica(1), replica(1)]);
    const held = await a.budget.acquire();
    const order: string[] = [];
    const releases: ReleaseSlot[] = [];
    const waits: Array<Promise<void>> = [];
    for (const [name, side] of [
      ['a1', a],
      ['b1', b],
      ['a2', a],
      ['b2', b],
      ['a3', a],
    ] as const) {
      const before = await queued();
      waits.push(
        side.budget.acquire().then((release) => {
          order.push(name);
          releases.push(release);
        }),
      );
      await eventually(async () => (await queued()) === before + 1);
    }
    held();
    // Each slot is held a window after its release; releasing at once keeps the queue moving.
    for (let served = 0; served < 5; served += 1) {
      await eventually(() => releases.length > served);
      releases[served]?.();
    }
    await Promise.all(waits);
    expect(order).toEqual(['a1', 'b1', 'a2', 'b2', 'a3']);
  });

  it("frees a crashed replica's slots after their lease, and its queued tickets after theirs", async () => {
    const [a, b] = await Promise.all([
      replica(1, { inflightLeaseMs: 300 }),
      replica(1, { inflightLeaseMs: 300, waiterLeaseMs: 300 }),
    ]);
    // The lease runs from a's acquire, so the wait is measured from there.
    const started = performance.now();
    await a.budget.acquire(); // never released: its replica dies
    a.connection.commands.disconnect();
    const release = await b.budget.acquire();
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    release();

    const c = await replica(1, { inflightLeaseMs: 300, waiterLeaseMs: 300 });
    const blocker = await c.budget.acquire(); // holds the only slot
    const orphan = c.budget.acquire().catch((error: unknown) => error); // queued first, then its replica dies
    await eventually(async () => (await queued()) === 1);
    c.connection.commands.disconnect();
    const behind = b.budget.acquire();
    await eventually(async () => (await queued()) === 2);
    blocker(); // the release is lost with the connection: the slot ends with its lease
    const granted = await behind;
    granted();
    expect(await orphan).toBeInstanceOf(SharedStateUnavailableError);
  });

  it('shares a 429 penalty: another replica queues until it ends, and a caller that leaves gives its ticket back', async () => {
    const [a, b] = await Promise.all([replica(5), replica(5)]);
    a.budget.penalize(60_000);
    const controller = new AbortController();
    let granted = false;
    const waiting = b.budget.acquire(controller.signal).then(
      () => (granted = true),
      (error: unknown) => error,
    );
    await eventually(async () => (await queued()) === 1);
    await sleep(60); // a few polls: still not granted
    expect(granted).toBe(false);
    controller.abort();
    expect(await waiting).toBeInstanceOf(ClientGoneError);
    await eventually(async () => (await queued()) === 0);

    await redis.del(keys().penalty);
    const release = await b.budget.acquire();
    release();
  });

  it('shares a block: a ban or a long 429 on one replica fails callers on the other at once', async () => {
    const [a, b] = await Promise.all([replica(5), replica(5)]);
    a.budget.block(60_000, () => new UpstreamForbiddenError('kommo', 403, { banned: true }));
    await eventually(async () => (await redis.exists(keys().block)) === 1);
    await expect(b.budget.acquire()).rejects.toEqual(new UpstreamForbiddenError('kommo', 403, { banned: true }));

    await redis.del(keys().block);
    a.budget.block(30_000, (remainingMs) => new UpstreamRateLimitedError('kommo', remainingMs));
    await eventually(async () => (await redis.exists(keys().block)) === 1);
    const refusal = await b.budget.acquire().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UpstreamRateLimitedError);
    expect((refusal as UpstreamRateLimitedError).retryAfterMs).toBeGreaterThan(25_000);
  });

  it('after Redis lost the budget state, holds every start until a lost in-flight slot would have expired', async () => {
    const a = await replica(5, { inflightLeaseMs: 400 });
    await a.budget.acquire(); // in flight when the state is lost
    await deleteKeys(redis, shared.prefix);
    const started = performance.now();
    const release = await a.budget.acquire();
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
    release();
  });

  it('fails callers with UPSTREAM_UNAVAILABLE, sending nothing, while Redis is unreachable; readiness says why', async () => {
    const { connection, readiness } = shared.unreachable();
    const registry = shared.track(
      createRedisBudgetRegistry({ connection, prefix: shared.prefix, windowMs: 200, inflightLeaseMs: 1000 }),
    );
    const refusal = await registry
      .budgetFor(ACCOUNT, 7)
      .acquire()
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SharedStateUnavailableError);
    expect((refusal as SharedStateUnavailableError).mayHaveBeenProcessed).toBe(false);
    expect(readiness.ready).toBe(false);
    expect(Object.keys(readiness.describe())).toEqual(['redis']);
  });
});
