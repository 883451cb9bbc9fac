import {
  createIdempotentRunner,
  createMemoryIdempotencyStore,
  DAY_MS,
  IdempotencyConflictError,
  readUnknownOutcome,
  type IdempotencyStore,
} from '../../src/idempotency';

const T0 = new Date('2025-03-10T15:00:00Z');

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('createMemoryIdempotencyStore', () => {
  it('claims once, keeps the result for its ttl, then forgets it', async () => {
    const clock = { now: T0 };
    const store = createMemoryIdempotencyStore({ now: () => clock.now });
    expect(await store.claim('k', 'f', { leaseMs: 1000, ttlMs: 1000 })).toBeUndefined();
    expect(await store.claim('k', 'g', { leaseMs: 1000, ttlMs: 1000 })).toEqual({ fingerprint: 'f', state: 'pending' });
    await store.complete('k', 'f', { id: 1 }, DAY_MS);
    clock.now = new Date(T0.getTime() + DAY_MS - 1);
    expect(await store.get('k')).toEqual({ fingerprint: 'f', state: 'done', result: { id: 1 } });
    clock.now = new Date(T0.getTime() + DAY_MS);
    expect(await store.get('k')).toBeUndefined();
    expect(await store.claim('k', 'g', { leaseMs: 1000, ttlMs: 1000 })).toBeUndefined();
  });

  it('a claim whose lease ends without a result is abandoned, and stays so for its ttl', async () => {
    const clock = { now: T0 };
    const store = createMemoryIdempotencyStore({ now: () => clock.now });
    await store.claim('k', 'f', { leaseMs: 1000, ttlMs: DAY_MS });
    clock.now = new Date(T0.getTime() + 999);
    expect(await store.get('k')).toEqual({ fingerprint: 'f', state: 'pending' });
    clock.now = new Date(T0.getTime() + 1000);
    expect(await store.claim('k', 'f', { leaseMs: 1000, ttlMs: DAY_MS })).toEqual({
      fingerprint: 'f',
      state: 'abandoned',
    });
    clock.now = new Date(T0.getTime() + DAY_MS - 1);
    expect(await store.get('k')).toEqual({ fingerprint: 'f', state: 'abandoned' });
  });

  it('release frees the key', async () => {
    const store = createMemoryIdempotencyStore();
    await store.claim('k', 'f', { leaseMs: 1000, ttlMs: 1000 });
    await store.release('k');
    expect(await store.get('k')).toBeUndefined();
  });

  it('is bounded: expired keys are swept on claim, and beyond maxEntries the oldest go first', async () => {
    const clock = { now: T0 };
    const evicted: string[] = [];
    const store = createMemoryIdempotencyStore({
      now: () => clock.now,
      maxEntries: 3,
      onEarlyEviction: (key) => evicted.push(key),
    });
    for (const key of ['a', 'b']) await store.complete(key, 'f', null, 1000);
    clock.now = new Date(T0.getTime() + 1000);
    await store.claim('c', 'f', { leaseMs: 1000, ttlMs: 1000 });
    expect(store.size()).toBe(1);
    for (const key of ['d', 'e', 'f']) await store.claim(key, 'f', { leaseMs: 1000, ttlMs: 1000 });
    expect(store.size()).toBe(3);
    expect(await store.get('c')).toBeUndefined();
    expect(await store.get('f')).toEqual({ fingerprint: 'f', state: 'pending' });
    // a and b expired normally; only c left before its time, and that is reported.
    expect(evicted).toEqual(['c']);
  });
});

describe('createIdempotentRunner', () => {
  it('runs the work once; concurrent and later repeats get the first result, each reported as a replay', async () => {
    let replays = 0;
    const runOnce = createIdempotentRunner({ store: createMemoryIdempotencyStore(), onReplay: () => (replays += 1) });
    const gate = deferred<unknown>();
    let calls = 0;
    const work = () => {
      calls += 1;
      return gate.promise;
    };
    const concurrent = [runOnce('k', 'f', work), runOnce('k', 'f', work), runOnce('k', 'f', work)];
    gate.resolve({ id: 7 });
    expect(await Promise.all(concurrent)).toEqual([{ id: 7 }, { id: 7 }, { id: 7 }]);
    expect(await runOnce('k', 'f', work)).toEqual({ id: 7 });
    expect(calls).toBe(1);
    expect(replays).toBe(3);
  });

  it('refuses another fingerprint under a key, in flight or done', async () => {
    const runOnce = createIdempotentRunner({ store: createMemoryIdempotencyStore() });
    const gate = deferred<unknown>();
    const first = runOnce('k', 'f', () => gate.promise);
    await expect(runOnce('k', 'other', async () => 1)).rejects.toEqual(
      new IdempotencyConflictError('different-request'),
    );
    gate.resolve('done');
    await first;
    await expect(runOnce('k', 'other', async () => 1)).rejects.toEqual(
      new IdempotencyConflictError('different-request'),
    );
  });

  it('does not remember failures: the key is released and a retry runs the work again', async () => {
    const store = createMemoryIdempotencyStore();
    const runOnce = createIdempotentRunner({ store });
    await expect(runOnce('k', 'f', () => Promise.reject(new Error('503')))).rejects.toThrow('503');
    expect(await store.get('k')).toBeUndefined();
    expect(await runOnce('k', 'f', async () => 'sent')).toBe('sent');
  });

  it('with a shared store, waits for a key pending in another process and serves its result', async () => {
    const store = createMemoryIdempotencyStore();
    const sleeps: number[] = [];
    const other = createIdempotentRunner({ store });
    const gate = deferred<unknown>();
    const elsewhere = other('k', 'f', () => gate.promise);
    const sleep = async (ms: number) => {
      sleeps.push(ms);
      if (sleeps.length === 2) {
        gate.resolve('from elsewhere');
        await elsewhere;
      }
    };
    const runOnce = createIdempotentRunner({ store, pollMs: 10, sleep });
    expect(await runOnce('k', 'f', async () => 'sent twice')).toBe('from elsewhere');
    expect(sleeps).toEqual([10, 10]);
  });

  it('answers a key abandoned by its holder with an unknown outcome, never running the work, and reports replays', async () => {
    const clock = { now: T0 };
    const store = createMemoryIdempotencyStore({ now: () => clock.now });
    await store.claim('k', 'f', { leaseMs: 1000, ttlMs: DAY_MS });
    clock.now = new Date(T0.getTime() + 1000);
    let replays = 0;
    const runOnce = createIdempotentRunner({ store, onReplay: () => (replays += 1) });
    const work = jest.fn(async () => 'sent again');
    const answer = await runOnce('k', 'f', work);
    expect(readUnknownOutcome(answer)).toEqual({
      reason: 'the process that sent the first attempt stopped before recording its answer',
      status: null,
    });
    expect(work).not.toHaveBeenCalled();
    expect(replays).toBe(1);
  });

  it('when the store cannot record a finished send, its caller still gets the result and it is reported', async () => {
    const memory = createMemoryIdempotencyStore();
    const store: IdempotencyStore = { ...memory, complete: () => Promise.reject(new Error('store down')) };
    const unrecorded: string[] = [];
    const runOnce = createIdempotentRunner({ store, onUnrecorded: (key) => unrecorded.push(key) });
    expect(await runOnce('k', 'f', async () => 'sent')).toBe('sent');
    expect(unrecorded).toEqual(['k']);
    // The claim stays pending, so a repeat waits and never sends a second time.
    expect(await memory.get('k')).toEqual({ fingerprint: 'f', state: 'pending' });
  });

  it('gives up on a key pending elsewhere after maxWaitMs (in-progress), and claims one released meanwhile', async () => {
    const store: IdempotencyStore = createMemoryIdempotencyStore();
    await store.claim('stuck', 'f', { leaseMs: 60_000, ttlMs: 60_000 });
    const runOnce = createIdempotentRunner({ store, pollMs: 10, maxWaitMs: 30, sleep: async () => {} });
    await expect(runOnce('stuck', 'f', async () => 'x')).rejects.toEqual(new IdempotencyConflictError('in-progress'));

    await store.claim('freed', 'f', { leaseMs: 60_000, ttlMs: 60_000 });
    const releasing = createIdempotentRunner({ store, pollMs: 10, sleep: () => store.release('freed') });
    expect(await releasing('freed', 'f', async () => 'sent')).toBe('sent');
  });
});
