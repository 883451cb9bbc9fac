import { createBudgetRegistry, RequestBudget } from '../../../src/upstream/rate-budget';

const T0 = 1_000_000;

/**
 * A clock that moves only when the budget sleeps. The sleep yields a macrotask first, so callers
 * granted before it record the time they were granted at.
 */
function fakeTime() {
  const time = {
    clock: T0,
    sleeps: [] as number[],
    now: () => time.clock,
    sleep: async (ms: number) => {
      time.sleeps.push(ms);
      await new Promise((resolve) => setImmediate(resolve));
      time.clock += ms;
    },
  };
  return time;
}

/**
 * Starts `count` acquires at once and returns, in grant order, each caller's index and start time.
 * Each caller releases its slot at once, as if the upstream answered instantly.
 */
async function acquireAll(budget: RequestBudget, count: number, now: () => number) {
  const grants: Array<{ caller: number; at: number }> = [];
  await Promise.all(
    Array.from({ length: count }, (_, caller) =>
      budget.acquire().then((release) => {
        grants.push({ caller, at: now() });
        release();
      }),
    ),
  );
  return grants;
}

describe('RequestBudget', () => {
  it('never lets more than `limit` starts into any window, in FIFO order', async () => {
    const time = fakeTime();
    const budget = new RequestBudget({ limit: 7, now: time.now, sleep: time.sleep });

    const grants = await acquireAll(budget, 50, time.now);

    expect(grants.map((g) => g.caller)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    const starts = grants.map((g) => g.at);
    expect(starts.slice(0, 7)).toEqual(Array(7).fill(T0));
    expect(starts[7]).toBe(T0 + 1000);
    for (let i = 7; i < starts.length; i++) {
      expect(starts[i]! - starts[i - 7]!).toBeGreaterThanOrEqual(1000);
    }
    expect(time.sleeps).toEqual(Array(7).fill(1000)); // one timer per batch, no polling
  });

  it('slides the window instead of refilling a bucket', async () => {
    const time = fakeTime();
    const budget = new RequestBudget({ limit: 2, windowMs: 1000, now: time.now, sleep: time.sleep });

    (await budget.acquire())(); // at T0
    time.clock = T0 + 600;
    const grants = await acquireAll(budget, 3, time.now);

    expect(grants.map((g) => g.at)).toEqual([T0 + 600, T0 + 1000, T0 + 1600]);
  });

  it('serves late callers after those already waiting', async () => {
    const time = fakeTime();
    const budget = new RequestBudget({ limit: 1, now: time.now, sleep: time.sleep });
    const order: string[] = [];

    const grant = (name: string) =>
      budget.acquire().then((release) => {
        order.push(name);
        release();
      });
    const first = ['a', 'b', 'c'].map(grant);
    await first[0];
    const late = grant('late');
    await Promise.all([...first, late]);

    expect(order).toEqual(['a', 'b', 'c', 'late']);
  });

  it('makes every caller wait out a penalty', async () => {
    const time = fakeTime();
    const budget = new RequestBudget({ limit: 7, now: time.now, sleep: time.sleep });

    budget.penalize(500);
    const grants = await acquireAll(budget, 3, time.now);

    expect(grants.map((g) => g.at)).toEqual([T0 + 500, T0 + 500, T0 + 500]);
  });

  it('extends the wait of callers already queued, and never shortens a penalty', async () => {
    const time = fakeTime();
    const budget = new RequestBudget({ limit: 1, now: time.now, sleep: time.sleep });

    (await budget.acquire())(); // at T0; the next start would be at T0+1000
    const queued = acquireAll(budget, 2, time.now);
    budget.penalize(3000);
    budget.penalize(100);

    expect((await queued).map((g) => g.at)).toEqual([T0 + 3000, T0 + 4000]);
  });

  it('works with the real clock and timers', async () => {
    const budget = new RequestBudget({ limit: 1, windowMs: 5 });

    await Promise.all([1, 2, 3].map(() => budget.acquire().then((release) => release())));
  });

  it('holds a slot while its request is in flight and for a window after the response', async () => {
    const time = fakeTime();
    const budget = new RequestBudget({ limit: 1, now: time.now, sleep: time.sleep });
    const releaseFirst = await budget.acquire(); // at T0, still in flight
    let secondAt: number | undefined;
    const second = budget.acquire().then((release) => {
      secondAt = time.now();
      release();
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(secondAt).toBeUndefined(); // no timer can free an in-flight slot
    time.clock = T0 + 300; // the response begins arriving
    releaseFirst();
    releaseFirst(); // releasing twice changes nothing
    await second;
    expect(secondAt).toBe(T0 + 1300);
  });

  it('block rejects queued and new callers with the remaining time, then lets them through', async () => {
    const time = fakeTime();
    const budget = new RequestBudget({ limit: 1, now: time.now, sleep: time.sleep });
    const releaseFirst = await budget.acquire();
    const queued = budget.acquire();
    budget.block(5000, (remainingMs) => new Error(`blocked for ${remainingMs} ms`));
    await expect(queued).rejects.toThrow('blocked for 5000 ms');
    time.clock = T0 + 2000;
    await expect(budget.acquire()).rejects.toThrow('blocked for 3000 ms');
    budget.block(1000, () => new Error('a shorter block never shortens the first'));
    await expect(budget.acquire()).rejects.toThrow('blocked for 3000 ms');
    releaseFirst();
    time.clock = T0 + 5000;
    const release = await budget.acquire();
    release();
  });

  it('rejects a limit that is not a positive integer', () => {
    expect(() => new RequestBudget({ limit: 0 })).toThrow(RangeError);
    expect(() => new RequestBudget({ limit: 1.5 })).toThrow(RangeError);
  });
});

describe('createBudgetRegistry', () => {
  it('shares one budget per account origin', () => {
    const registry = createBudgetRegistry();

    const acme = registry.budgetFor('https://Acme.kommo.com/', 7);

    expect(registry.budgetFor('https://acme.kommo.com', 7)).toBe(acme);
    expect(registry.budgetFor('https://acme.kommo.com/api/v4', 7)).toBe(acme);
    expect(registry.budgetFor('https://other.kommo.com', 7)).not.toBe(acme);
  });
});
