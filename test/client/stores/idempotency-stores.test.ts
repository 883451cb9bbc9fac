import {
  createIdempotentRunner,
  createMemoryIdempotencyStore,
  DAY_MS,
  readUnknownOutcome,
  type IdempotencyStore,
} from '../../../src/idempotency';
import { createRedisIdempotencyStore } from '../../../src/stores/redis/idempotency-store';
import { SharedStateUnavailableError } from '../../../src/stores/shared-state-error';
import { eventually, useTestRedis } from '../../helpers/redis';

const shared = useTestRedis('idempotency');
const { redis } = shared;

/** A store as one gateway process sees it: in Redis through a connection of its own. */
async function redisStore(): Promise<IdempotencyStore> {
  const { connection } = await shared.connect();
  return createRedisIdempotencyStore({ redis: connection.commands, prefix: shared.prefix });
}

const LIVES = { leaseMs: 60_000, ttlMs: DAY_MS };

describe.each([
  ['in process', async () => createMemoryIdempotencyStore()],
  ['in Redis', redisStore],
])('the idempotency store %s', (_where, create) => {
  it('claims once, then answers the record: pending, then done with its result', async () => {
    const store = await create();
    expect(await store.claim('k', 'f', LIVES)).toBeUndefined();
    expect(await store.claim('k', 'g', LIVES)).toEqual({ fingerprint: 'f', state: 'pending' });
    await store.complete('k', 'f', { id: 1, nested: ['a'] }, DAY_MS);
    expect(await store.get('k')).toEqual({ fingerprint: 'f', state: 'done', result: { id: 1, nested: ['a'] } });
    expect(await store.claim('k', 'f', LIVES)).toEqual({
      fingerprint: 'f',
      state: 'done',
      result: { id: 1, nested: ['a'] },
    });
  });

  it('a claim whose holder never completes it turns abandoned when its lease ends, and is not freed', async () => {
    const store = await create();
    await store.claim('k', 'f', { leaseMs: 30, ttlMs: DAY_MS });
    await eventually(async () => (await store.get('k'))?.state === 'abandoned');
    expect(await store.claim('k', 'f', LIVES)).toEqual({ fingerprint: 'f', state: 'abandoned' });
  });

  it('release frees the key for a new claim', async () => {
    const store = await create();
    await store.claim('k', 'f', LIVES);
    await store.release('k');
    expect(await store.get('k')).toBeUndefined();
    expect(await store.claim('k', 'g', LIVES)).toBeUndefined();
  });
});

describe('idempotency keys in Redis', () => {
  it('live at least 24 h from the claim and again from the result; nothing is kept outside the prefix', async () => {
    const store = await redisStore();
    await store.claim('order-42', 'f', LIVES);
    expect(await redis.pttl(`${shared.prefix}idem:order-42`)).toBeGreaterThan(DAY_MS - 60_000);
    await store.complete('order-42', 'f', 'result', DAY_MS);
    expect(await redis.pttl(`${shared.prefix}idem:order-42`)).toBeGreaterThan(DAY_MS - 60_000);
    expect(await redis.keys(`${shared.prefix}*`)).toEqual([`${shared.prefix}idem:order-42`]);
  });

  it('two replicas sending one key at once: the work runs once and both get its result', async () => {
    const [a, b] = await Promise.all([redisStore(), redisStore()]);
    let sends = 0;
    const work = async () => {
      sends += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { id: 7 };
    };
    const runA = createIdempotentRunner({ store: a, pollMs: 10 });
    const runB = createIdempotentRunner({ store: b, pollMs: 10 });
    const answers = await Promise.all([runA('k', 'f', work), runB('k', 'f', work), runB('k', 'f', work)]);
    expect(answers).toEqual([{ id: 7 }, { id: 7 }, { id: 7 }]);
    expect(sends).toBe(1);
    // A restarted replica (a new runner on a new connection) still finds it.
    expect(await createIdempotentRunner({ store: await redisStore() })('k', 'f', work)).toEqual({ id: 7 });
    expect(sends).toBe(1);
  });

  it('a key whose replica crashed mid-send answers an unknown outcome on every other replica, never a second send', async () => {
    const crashed = await redisStore();
    await crashed.claim('k', 'f', { leaseMs: 30, ttlMs: DAY_MS }); // its process dies before completing
    const runOther = createIdempotentRunner({ store: await redisStore(), pollMs: 10 });
    const work = jest.fn(async () => 'sent twice');
    expect(readUnknownOutcome(await runOther('k', 'f', work))).toEqual({
      reason: 'the process that sent the first attempt stopped before recording its answer',
      status: null,
    });
    expect(work).not.toHaveBeenCalled();
  });

  it('fails with UPSTREAM_UNAVAILABLE when Redis cannot be reached, so the keyed send is not made', async () => {
    const { connection } = shared.unreachable();
    const runOnce = createIdempotentRunner({
      store: createRedisIdempotencyStore({ redis: connection.commands, prefix: shared.prefix }),
    });
    const work = jest.fn(async () => 'sent');
    const refusal = await runOnce('k', 'f', work).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SharedStateUnavailableError);
    expect((refusal as SharedStateUnavailableError).upstream).toBe('woofed');
    expect(work).not.toHaveBeenCalled();
  });
});
