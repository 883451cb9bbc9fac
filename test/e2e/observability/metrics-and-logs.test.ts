import { routeOf } from '../../../src/upstream/observer';
import { bootAgainstSimulators, TIMELINE, type Booted } from './booted';
import { total } from '../../helpers/prometheus-text';

let h: Booted | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** How many requests the Kommo simulator received, by route template. */
function receivedByRoute(booted: Booted): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const request of booted.sim.requests) counts[routeOf(request.path)] = (counts[routeOf(request.path)] ?? 0) + 1;
  return counts;
}

describe('GET /metrics and the request log line, after a timeline', () => {
  it('counts exactly the attempts the simulator received, retries included; the line carries the same count', async () => {
    h = await bootAgainstSimulators();
    h.sim.injectFault({ method: 'GET', pathPrefix: '/api/v4/users', status: 503, json: { title: 'Unavailable' } });

    const response = await h.post(TIMELINE, { 'x-request-id': 'timeline-run-1' });
    const { contentType, text, samples } = await h.metrics();

    expect(response.status).toBe(200);
    expect(response.body).not.toHaveProperty('errors');
    expect(response.headers.get('x-request-id')).toBe('timeline-run-1');
    const sent = h.sim.requests.length;
    expect(sent).toBeGreaterThanOrEqual(4);
    const counted: Record<string, number> = {};
    for (const sample of samples.filter((s) => s.name === 'ponte_upstream_requests_total')) {
      expect(sample.labels['upstream']).toBe('kommo');
      counted[sample.labels['route'] ?? ''] = (counted[sample.labels['route'] ?? ''] ?? 0) + sample.value;
    }
    expect(counted).toEqual(receivedByRoute(h));
    expect(
      samples
        .filter((s) => s.name === 'ponte_upstream_requests_total' && s.labels['route'] === '/api/v4/users')
        .map((s) => [s.labels['status'], s.value]),
    ).toEqual(
      expect.arrayContaining([
        ['503', 1],
        ['200', 1],
      ]),
    );
    expect(total(samples, 'ponte_upstream_request_duration_seconds_count')).toBe(sent);
    expect(total(samples, 'ponte_budget_wait_seconds_count', { upstream: 'kommo' })).toBe(sent);
    expect(total(samples, 'ponte_budget_queue_length', { upstream: 'kommo' })).toBe(0);
    expect(total(samples, 'ponte_graphql_requests_total', { operation: 'Timeline', outcome: 'success' })).toBe(1);
    expect(total(samples, 'ponte_graphql_request_duration_seconds_count', { operation: 'Timeline' })).toBe(1);
    const families = [...text.matchAll(/^# TYPE (\S+) (\w+)$/gm)].map(([, name, type]) => `${name} ${type}`);
    expect(families).toEqual(
      expect.arrayContaining([
        'ponte_cache_hits_total counter',
        'ponte_cache_misses_total counter',
        'ponte_idempotent_replays_total counter',
        'ponte_budget_wait_seconds histogram',
        'ponte_budget_queue_length gauge',
        'process_cpu_user_seconds_total counter',
        'nodejs_eventloop_lag_seconds gauge',
      ]),
    );
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);

    expect(h.lines('graphql request')).toEqual([
      {
        level: 'info',
        message: 'graphql request',
        fields: {
          requestId: 'timeline-run-1',
          operationName: 'Timeline',
          operationType: 'query',
          caller: 'anonymous',
          status: 200,
          durationMs: expect.any(Number),
          upstreamCalls: sent,
          errors: [],
        },
      },
    ]);
    expect(h.lines('upstream request failed, retrying').map((line) => line.fields?.['requestId'])).toEqual([
      'timeline-run-1',
    ]);
    expect(h.logger.text() + text).not.toContain(h.sim.token);
  });

  it('reports errors: codes in the line, the outcome in the series, the final upstream failure with the request id', async () => {
    h = await bootAgainstSimulators();
    h.sim.injectFault({ method: 'GET', pathPrefix: '/api/v4/users', status: 403, json: { title: 'Forbidden' } });

    const partial = await h.post(TIMELINE, { 'x-request-id': 'run-2' });
    const unparsable = await h.post('{ events(', { 'x-request-id': 'has spaces in it' });
    const { samples } = await h.metrics();

    expect(partial.status).toBe(200);
    const generated = unparsable.headers.get('x-request-id') ?? '';
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect(h.lines('graphql request').map((line) => line.fields)).toEqual([
      expect.objectContaining({ requestId: 'run-2', operationName: 'Timeline', errors: ['FORBIDDEN'] }),
      expect.objectContaining({
        requestId: generated,
        operationName: null,
        operationType: null,
        status: 400,
        upstreamCalls: 0,
        errors: ['BAD_USER_INPUT'],
      }),
    ]);
    expect(h.lines('upstream request failed')).toEqual([
      {
        level: 'warn',
        message: 'upstream request failed',
        fields: {
          requestId: 'run-2',
          upstream: 'kommo',
          status: 403,
          error: 'FORBIDDEN',
          fields: expect.any(Number),
          path: expect.stringMatching(/^events\.nodes\.\d+\.createdBy$/),
        },
      },
    ]);
    expect(total(samples, 'ponte_graphql_requests_total', { operation: 'Timeline', outcome: 'partial' })).toBe(1);
    expect(total(samples, 'ponte_graphql_requests_total', { operation: 'none', outcome: 'error' })).toBe(1);
    expect(total(samples, 'ponte_upstream_requests_total', { route: '/api/v4/users', status: '403' })).toBe(1);
  });

  it('logs a request refused before Apollo (413) with its request id, and never a landing page', async () => {
    h = await bootAgainstSimulators();

    const tooLarge = await fetch(`${h.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'big-one' },
      body: JSON.stringify({ query: `{ events { nodes { id } } } #${'x'.repeat(1024 * 1024)}` }),
    });
    await tooLarge.arrayBuffer();
    const page = await fetch(`${h.base}/graphql`, { headers: { accept: 'text/html' } });
    await page.arrayBuffer();

    expect([tooLarge.status, tooLarge.headers.get('x-request-id'), page.status]).toEqual([413, 'big-one', 200]);
    expect(h.lines('graphql request').map((line) => line.fields)).toEqual([
      expect.objectContaining({ requestId: 'big-one', status: 413, caller: null, upstreamCalls: 0, errors: [] }),
    ]);
    expect(h.sim.requests).toHaveLength(0);
  });

  it('labels upstream routes by template: no record id reaches a label', async () => {
    h = await bootAgainstSimulators();

    await h.post('{ event(id: "01hzx3n5q8w4t2r7y6v9b0c1d2") { id } }');
    const { samples } = await h.metrics();

    const routes = samples.filter((s) => s.name === 'ponte_upstream_requests_total').map((s) => s.labels['route']);
    expect(routes).toEqual(['/api/v4/events/{id}']);
    expect(h.sim.requests.map((request) => request.path)).toEqual(['/api/v4/events/01hzx3n5q8w4t2r7y6v9b0c1d2']);
  });

  it('names the caller by its key label, and logs a refusal by the edge with its code and no caller', async () => {
    const key = 'k-observability-0123456789abcdef';
    h = await bootAgainstSimulators({ ALLOW_ANONYMOUS: 'false', API_KEYS: `crm-app:read:${key}` });

    const refused = await h.post(TIMELINE, { 'x-request-id': 'no-key' });
    const served = await h.post(TIMELINE, { 'x-request-id': 'with-key', 'x-api-key': key });
    const { samples, text } = await h.metrics();

    expect([refused.status, served.status]).toEqual([401, 200]);
    expect(h.lines('graphql request').map((line) => line.fields)).toEqual([
      expect.objectContaining({
        requestId: 'no-key',
        caller: null,
        status: 401,
        upstreamCalls: 0,
        errors: ['UNAUTHENTICATED'],
      }),
      expect.objectContaining({ requestId: 'with-key', caller: 'crm-app', status: 200, errors: [] }),
    ]);
    expect(total(samples, 'ponte_graphql_requests_total', { operation: 'none', outcome: 'error' })).toBe(1);
    expect(h.logger.text() + text).not.toContain(key);
  });

  it('LOG_LEVEL=debug adds a line per upstream attempt, each with the request id', async () => {
    h = await bootAgainstSimulators({ LOG_LEVEL: 'debug' });

    await h.post(TIMELINE, { 'x-request-id': 'debug-run' });

    const attempts = h.lines('upstream attempt');
    expect(attempts).toHaveLength(h.sim.requests.length);
    expect(attempts.map((line) => [line.level, line.fields?.['requestId'], line.fields?.['status']])).toEqual(
      h.sim.requests.map(() => ['debug', 'debug-run', '200']),
    );
    expect(attempts.map((line) => line.fields?.['route']).sort()).toEqual(
      h.sim.requests.map((request) => routeOf(request.path)).sort(),
    );
  });
});
