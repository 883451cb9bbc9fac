import { UpstreamUnavailableError } from '../../../src/upstream/errors';
import { RequestBudget } from '../../../src/upstream/rate-budget';
import { failureOf, transportHarness } from './fixture';
import { json } from './script-server';

const harness = transportHarness();
afterEach(() => harness.teardown());

const GET = { method: 'GET', path: '/api/v4/leads' } as const;
const UNAVAILABLE = json(503, { title: 'ErrInternalServer', status: 503 });

/** An injected clock that the transport's retry sleeps move forward. */
function steppedClock() {
  const clock = { ms: 0, sleeps: [] as number[] };
  return {
    clock,
    now: () => clock.ms,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.ms += ms;
    },
  };
}

describe('Transport: UPSTREAM_TIMEOUT_MS bounds a call with all its retries', () => {
  it('does not start a retry whose backoff does not fit before the deadline', async () => {
    const { clock, now, sleep } = steppedClock();
    const { server, transport } = await harness.start([UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, json(200, {})], {
      timeoutMs: 1000,
      retry: { baseDelayMs: 300, maxDelayMs: 5000 },
      now,
      sleep,
    });

    const error = await failureOf(transport.request(GET));

    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(error).toMatchObject({ status: 503 });
    // 300 ms and 600 ms fit in 1000 ms; the third backoff (1200 ms) would not: 3 attempts, not 4.
    expect(clock.sleeps).toEqual([300, 600]);
    expect(server.requests).toHaveLength(3);
  });

  it('gives a retry only what is left of the deadline', async () => {
    const { now, sleep } = steppedClock();
    const { server, transport } = await harness.start(
      [UNAVAILABLE, { ...json(200, {}), delayMs: 10_000 }, json(200, { late: true })],
      { timeoutMs: 10_000, retry: { baseDelayMs: 9_950, maxDelayMs: 10_000 }, now, sleep },
    );
    const started = performance.now();

    const error = await failureOf(transport.request(GET));

    // The retry had 50 ms of the 10 s left: it timed out then, not after another 10 s.
    expect(error).toMatchObject({ timedOut: true, message: 'Kommo timed out after 10000 ms' });
    expect(server.requests).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('does not count the wait for the budget: a call queued past its timeout still gets its full deadline', async () => {
    let clock = 0;
    // Two slots a window: the third call waits a window (1 s on this clock, twice the timeout) for its slot.
    const budget = new RequestBudget({
      limit: 2,
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
    });
    const { server, transport } = await harness.start([json(200, {})], {
      timeoutMs: 500,
      budget,
      now: () => clock,
    });
    await Promise.all([transport.request(GET), transport.request(GET)]);
    const started = clock;
    const queued = transport.request(GET);

    await expect(queued).resolves.toMatchObject({ status: 200 });
    expect(server.requests).toHaveLength(3);
    expect(clock - started).toBeGreaterThan(500);
  });
});
