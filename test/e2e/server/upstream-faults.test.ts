import { startHarness, type Harness } from '../../helpers/harness';

const FEED = `query Feed { events(first: 5) { nodes { id } } }`;
const FEED_WITH_CREATORS = `query Feed { events(first: 5) { nodes { id createdBy { id } } } }`;
const LOCATION = [{ line: 1, column: 14 }];
const EVENTS = '/api/v4/events';

let harness: Harness;
afterEach(() => harness.close());

async function start(options: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  harness = await startHarness(options);
  return harness;
}

function upstreamError(message: string, code: string, status: number | null, extra: Record<string, unknown> = {}) {
  return {
    data: null,
    errors: [
      { message, locations: LOCATION, path: ['events'], extensions: { code, upstream: 'kommo', status, ...extra } },
    ],
  };
}

describe('upstream faults map to stable codes, with exact call counts', () => {
  it('401 → UNAUTHENTICATED, not retried', async () => {
    const h = await start();
    h.sim.injectFault({
      pathPrefix: EVENTS,
      status: 401,
      json: { title: 'Unauthorized', status: 401 },
      contentType: 'application/problem+json',
    });
    expect(await h.query(FEED)).toEqual(
      upstreamError('Kommo rejected the credentials (HTTP 401)', 'UNAUTHENTICATED', 401),
    );
    expect(h.calls(EVENTS)).toBe(1);
  });

  it('a wrong token is UNAUTHENTICATED and the token never appears in the response or the logs', async () => {
    const h = await start({ sim: { token: 'rotated-token' }, gatewayToken: 'the-real-token' });
    const result = await h.query(FEED);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(result) + h.logger.text()).not.toContain('the-real-token');
  });

  it('403 HTML ban page → FORBIDDEN with banned, never retried', async () => {
    const h = await start();
    h.sim.injectFault({
      pathPrefix: EVENTS,
      status: 403,
      raw: '<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1></center><hr><center>nginx</center></body></html>',
      contentType: 'text/html',
    });
    expect(await h.query(FEED)).toEqual(
      upstreamError('Kommo has blocked this client (HTTP 403 ban page)', 'FORBIDDEN', 403, { banned: true }),
    );
    // Every further call would fail and deepen the ban: the gateway stops sending for a cool-down.
    expect(await h.query(FEED)).toEqual(
      upstreamError('Kommo has blocked this client (HTTP 403 ban page)', 'FORBIDDEN', 403, { banned: true }),
    );
    expect(h.calls(EVENTS)).toBe(1);
  });

  it('429 (HTML, no Retry-After) then success → served after exactly one retry', async () => {
    const h = await start();
    h.sim.injectFault({
      pathPrefix: EVENTS,
      status: 429,
      raw: '<html><body><h1>429 Too Many Requests</h1></body></html>',
      contentType: 'text/html',
    });
    const result = await h.query(FEED);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ events: { nodes: expect.any(Array) } });
    expect(h.calls(EVENTS)).toBe(2);
  });

  it('429 with a retry_after beyond the backoff bound → UPSTREAM_RATE_LIMITED with retryAfterSeconds', async () => {
    const h = await start();
    h.sim.injectFault({
      pathPrefix: EVENTS,
      status: 429,
      contentType: 'application/problem+json',
      json: {
        title: 'Too Many Requests',
        type: 'https://httpstatus.es/429',
        status: 429,
        detail: 'You have sent too many requests',
        retry_after: 300,
      },
    });
    const result = await h.query(FEED);
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'UPSTREAM_RATE_LIMITED',
      upstream: 'kommo',
      status: 429,
      retryAfterSeconds: 300,
    });
    expect(result.data).toBeNull();
    // The whole account is told to wait: the next query fails fast instead of calling Kommo.
    const next = await h.query(FEED);
    expect(next.errors?.[0]?.extensions?.['code']).toBe('UPSTREAM_RATE_LIMITED');
    expect(h.calls(EVENTS)).toBe(1);
  });

  it('5xx on every attempt → UPSTREAM_UNAVAILABLE after 1 + 3 retries', async () => {
    const h = await start();
    h.sim.injectFault({
      pathPrefix: EVENTS,
      status: 503,
      json: { title: 'ErrInternalServer', status: 503 },
      times: 4,
    });
    const result = await h.query(FEED);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'kommo', status: 503 });
    expect(result.data).toBeNull();
    expect(h.calls(EVENTS)).toBe(4);
  });

  it('timeout → UPSTREAM_UNAVAILABLE (status null), the whole call bounded: no time is left to retry', async () => {
    const h = await start({ timeoutMs: 100, retry: { maxRetries: 1 } });
    h.sim.injectFault({ pathPrefix: EVENTS, status: 200, delayMs: 400, json: { _embedded: { events: [] } } });
    const result = await h.query(FEED);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'kommo', status: null });
    expect(result.errors?.[0]?.message).toBe('Kommo timed out after 100 ms');
    expect(h.calls(EVENTS)).toBe(1);
  });

  it('a 200 that is not JSON, or JSON without the documented list → UPSTREAM_BAD_RESPONSE, not retried', async () => {
    const h = await start();
    h.sim.injectFault({ pathPrefix: EVENTS, status: 200, raw: '<html>maintenance</html>', contentType: 'text/html' });
    expect(await h.query(FEED)).toEqual(
      upstreamError('Kommo answered with a body that is not JSON (HTTP 200)', 'UPSTREAM_BAD_RESPONSE', 200),
    );
    h.sim.injectFault({
      pathPrefix: EVENTS,
      status: 200,
      json: { _embedded: { leads: [] } },
      contentType: 'application/hal+json',
    });
    expect(await h.query(FEED)).toEqual(
      upstreamError(
        'Kommo answered with a body that is not of the documented shape (HTTP 200)',
        'UPSTREAM_BAD_RESPONSE',
        200,
      ),
    );
    expect(h.calls(EVENTS)).toBe(2);
  });

  it('a failing nested reference is null with its error; the rest of the page is served', async () => {
    const h = await start();
    h.sim.injectFault({
      pathPrefix: '/api/v4/users',
      status: 403,
      json: { title: 'Forbidden', status: 403, detail: 'Access denied' },
      contentType: 'application/problem+json',
    });
    const result = await h.query<{ events: { nodes: Array<{ id: string; createdBy: unknown }> } }>(FEED_WITH_CREATORS);
    const nodes = result.data?.events.nodes ?? [];
    expect(nodes).toHaveLength(5);
    const withCreator = nodes.filter((node) => node.createdBy === null);
    expect(withCreator).toHaveLength(5);
    expect(h.calls('/api/v4/users')).toBe(1);
    // One users call failed; every event that named a creator reports that failure at its own path.
    for (const error of result.errors ?? []) {
      expect(error).toEqual({
        message: 'Kommo denied access (HTTP 403)',
        locations: [{ line: 1, column: 44 }],
        path: ['events', 'nodes', expect.any(Number), 'createdBy'],
        extensions: { code: 'FORBIDDEN', upstream: 'kommo', status: 403 },
      });
    }
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});
