import { UpstreamRateLimitedError, UpstreamUnavailableError } from '../../../src/upstream/errors';
import { RequestBudget } from '../../../src/upstream/rate-budget';
import { Transport } from '../../../src/upstream/transport';
import { failureOf, recordingLogger, TOKEN, transportHarness } from './fixture';
import { html, json, KOMMO_BAN_PAGE, refusedPort } from './script-server';

const harness = transportHarness();
afterEach(() => harness.teardown());

const GET = { method: 'GET', path: '/api/v4/leads', query: [['page', '2']] } as const;

describe('Transport: retries', () => {
  it('retries an HTML 429 once and succeeds', async () => {
    const { server, transport, sleeps } = await harness.start([html(429), json(200, { ok: true })]);

    const res = await transport.request(GET);

    expect(res.body).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    expect(sleeps).toEqual([1]);
  });

  it('does not retry a 429 whose retry_after exceeds maxDelayMs, and fails every later caller fast until it passes', async () => {
    const body = { title: 'Too Many Requests', status: 429, retry_after: 300 };
    let clock = 0;
    const budget = new RequestBudget({ limit: 100, now: () => clock });
    const { server, transport } = await harness.start(
      [json(429, body, 'application/problem+json'), json(200, {}), json(200, {})],
      {
        budget,
      },
    );

    const error = await failureOf(transport.request(GET));
    expect(error).toBeInstanceOf(UpstreamRateLimitedError);
    expect(error).toMatchObject({ kind: 'RATE_LIMITED', status: 429, retryAfterMs: 300_000 });

    clock = 100_000;
    const later = await failureOf(transport.request(GET));
    expect(later).toBeInstanceOf(UpstreamRateLimitedError);
    expect(later).toMatchObject({ retryAfterMs: 200_000 });
    expect(server.requests).toHaveLength(1);

    clock = 300_000;
    await transport.request(GET);
    expect(server.requests).toHaveLength(2);
  });

  it('after a ban page every later caller fails fast for the cool-down, without a request', async () => {
    let clock = 0;
    const budget = new RequestBudget({ limit: 100, now: () => clock });
    const { server, transport } = await harness.start([html(403, KOMMO_BAN_PAGE), json(200, {})], {
      budget,
      banCooldownMs: 60_000,
    });

    expect(await failureOf(transport.request(GET))).toMatchObject({ kind: 'FORBIDDEN', banned: true });
    expect(await failureOf(transport.request(GET))).toMatchObject({ kind: 'FORBIDDEN', banned: true, status: 403 });
    expect(server.requests).toHaveLength(1);

    clock = 60_000;
    await transport.request(GET);
    expect(server.requests).toHaveLength(2);
  });

  it('waits a short Retry-After and penalizes the budget for everyone', async () => {
    let clock = 0;
    const budget = new RequestBudget({
      limit: 100,
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
    });
    const penalize = jest.spyOn(budget, 'penalize');
    const { server, transport, sleeps } = await harness.start(
      [{ status: 429, headers: { 'retry-after': '2' } }, json(200, {})],
      // The call's deadline must leave room for the 2 s wait.
      { budget, timeoutMs: 5000 },
    );

    await transport.request(GET);

    expect(server.requests).toHaveLength(2);
    expect(sleeps).toEqual([2000]);
    expect(penalize).toHaveBeenCalledWith(2000);
  });

  it('gives up on 5xx after maxRetries+1 attempts with bounded exponential backoff', async () => {
    const { server, transport, sleeps, logger } = await harness.start([json(500, { title: 'ErrInternalServer' })], {
      retry: { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 250 },
    });

    const error = await failureOf(transport.request(GET));

    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(error).toMatchObject({ status: 500, timedOut: false });
    expect(server.requests).toHaveLength(4);
    expect(sleeps).toEqual([100, 200, 250]);
    expect(logger.entries.map((e) => [e.level, e.fields])).toEqual(
      [1, 2, 3].map((attempt, i) => [
        'warn',
        {
          upstream: 'kommo',
          method: 'GET',
          path: '/api/v4/leads',
          status: 500,
          error: 'UNAVAILABLE',
          attempt,
          delayMs: sleeps[i],
        },
      ]),
    );
  });

  it.each([502, 503, 504])('retries a GET on %i', async (status) => {
    const { server, transport } = await harness.start([{ status }, json(200, {})]);

    await transport.request(GET);

    expect(server.requests).toHaveLength(2);
  });

  it('does not retry a 501', async () => {
    const { server, transport } = await harness.start([{ status: 501 }, json(200, {})]);

    await failureOf(transport.request(GET));

    expect(server.requests).toHaveLength(1);
  });

  it.each(['POST', 'PATCH', 'PUT', 'DELETE'] as const)('never retries a %s', async (method) => {
    const { server, transport } = await harness.start([{ status: 500 }, html(429), json(200, {})]);

    await failureOf(transport.request({ method, path: '/api/v4/leads', body: [{ name: 'x' }] }));
    await failureOf(transport.request({ method, path: '/api/v4/leads', body: [{ name: 'x' }] }));

    expect(server.requests).toHaveLength(2);
  });

  it('retries a GET whose 200 body is malformed JSON (cut short), like a 5xx', async () => {
    const cut = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"_embedded": {"leads": [' };
    const { server, transport, sleeps } = await harness.start([cut, json(200, { ok: 1 })]);

    await expect(transport.request(GET)).resolves.toMatchObject({ body: { ok: 1 } });
    expect(server.requests).toHaveLength(2);
    expect(sleeps).toEqual([1]);
  });

  it('retries a GET that timed out while the deadline allows', async () => {
    // A frozen clock: the call's deadline never comes closer, so the retry fits.
    const { server, transport } = await harness.start([{ ...json(200, {}), delayMs: 10_000 }, json(200, { ok: 1 })], {
      timeoutMs: 100,
      now: () => 0,
    });

    const res = await transport.request(GET);

    expect(res.body).toEqual({ ok: 1 });
    expect(server.requests).toHaveLength(2);
  });

  it('retries a refused connection maxRetries times', async () => {
    const logger = recordingLogger();
    const port = await refusedPort();
    const transport = new Transport({
      upstream: 'kommo',
      baseUrl: `http://127.0.0.1:${port}`,
      token: TOKEN,
      timeoutMs: 2000,
      retry: { maxRetries: 2 },
      logger,
      sleep: async () => {},
    });
    try {
      const error = await failureOf(transport.request(GET));
      expect(error).toBeInstanceOf(UpstreamUnavailableError);
      expect(logger.entries.map((e) => e.fields?.['attempt'])).toEqual([1, 2]);
    } finally {
      await transport.close();
    }
  });

  it('consults the budget before every attempt', async () => {
    const budget = new RequestBudget({ limit: 100 });
    const acquire = jest.spyOn(budget, 'acquire');
    const { server, transport } = await harness.start([{ status: 503 }, html(429), json(200, {})], { budget });

    await transport.request(GET);

    expect(server.requests).toHaveLength(3);
    expect(acquire).toHaveBeenCalledTimes(3);
  });
});
