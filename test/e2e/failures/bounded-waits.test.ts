import { startHarness, type Harness } from '../../helpers/harness';

const FEED = `query Feed { events(first: 5) { nodes { id } } }`;
const EVENTS = '/api/v4/events';

let h: Harness;
afterEach(() => h.close());

describe('UPSTREAM_TIMEOUT_MS bounds a call with all its retries', () => {
  it('a silent upstream with UPSTREAM_TIMEOUT_MS=1500 is answered within 2 s, after one attempt', async () => {
    // The production retry policy: a retry (250 ms backoff and more) never fits after a 1.5 s silence.
    h = await startHarness({ timeoutMs: 1500, retry: { baseDelayMs: 250, maxDelayMs: 5000 } });
    h.sim.injectFault({ pathPrefix: EVENTS, status: 200, delayMs: 60_000, json: { _embedded: { events: [] } } });
    const started = performance.now();

    const result = await h.query(FEED);

    const elapsedMs = performance.now() - started;
    expect(result).toEqual({
      data: null,
      errors: [
        {
          message: 'Kommo timed out after 1500 ms',
          locations: expect.any(Array),
          path: ['events'],
          extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'kommo', status: null },
        },
      ],
    });
    expect(h.calls(EVENTS)).toBe(1);
    expect(elapsedMs).toBeGreaterThanOrEqual(1400);
    expect(elapsedMs).toBeLessThan(2000);
  });

  it('a slow first attempt leaves its retry only the rest of the deadline', async () => {
    h = await startHarness({ timeoutMs: 1500, retry: { baseDelayMs: 50, maxDelayMs: 50 } });
    h.sim.injectFault({ pathPrefix: EVENTS, status: 503, delayMs: 1000, json: { title: 'ErrInternalServer' } });
    h.sim.injectFault({ pathPrefix: EVENTS, status: 200, delayMs: 60_000, json: { _embedded: { events: [] } } });
    const started = performance.now();

    const result = await h.query(FEED);

    // 1 s for the 503, 50 ms backoff, then the retry times out at the 1.5 s deadline, not 1.5 s later.
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'kommo', status: null });
    expect(h.calls(EVENTS)).toBe(2);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
