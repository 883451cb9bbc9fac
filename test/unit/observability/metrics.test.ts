import { GatewayMetrics } from '../../../src/observability';
import { UpstreamRateLimitedError, UpstreamUnavailableError } from '../../../src/upstream/errors';
import type { AttemptInfo } from '../../../src/upstream/observer';
import { ClientGoneError } from '../../../src/upstream/scope';
import { parsePrometheus, total, type Sample } from '../../helpers/prometheus-text';

function attempt(overrides: Partial<AttemptInfo> = {}): AttemptInfo {
  return {
    upstream: 'kommo',
    method: 'GET',
    route: '/api/v4/leads',
    attempt: 1,
    budgetWaitMs: 0,
    requestId: 'r-1',
    traceContext: undefined,
    ...overrides,
  };
}

async function samples(metrics: GatewayMetrics): Promise<Sample[]> {
  return parsePrometheus((await metrics.exposition()).text);
}

describe('GatewayMetrics', () => {
  it('counts each upstream attempt once, when it ends, by upstream, route and status', async () => {
    const metrics = new GatewayMetrics({ processMetrics: false });
    const first = metrics.attempt(attempt());
    expect(total(await samples(metrics), 'ponte_upstream_requests_total')).toBe(0);

    first.end({ status: 503, error: new UpstreamUnavailableError('kommo', { status: 503 }), durationMs: 12 });
    metrics.attempt(attempt({ attempt: 2 })).end({ status: 200, error: undefined, durationMs: 30 });
    metrics
      .attempt(attempt({ upstream: 'woofed', method: 'POST', route: '/api/v1/accounts/{id}/deals/{id}/events' }))
      .end({ status: 201, error: undefined, durationMs: 5 });

    const found = await samples(metrics);
    expect(found.filter((s) => s.name === 'ponte_upstream_requests_total').map((s) => [s.labels, s.value])).toEqual([
      [{ upstream: 'kommo', route: '/api/v4/leads', status: '503' }, 1],
      [{ upstream: 'kommo', route: '/api/v4/leads', status: '200' }, 1],
      [{ upstream: 'woofed', route: '/api/v1/accounts/{id}/deals/{id}/events', status: '201' }, 1],
    ]);
    expect(total(found, 'ponte_upstream_request_duration_seconds_count', { upstream: 'kommo' })).toBe(2);
    expect(total(found, 'ponte_upstream_request_duration_seconds_sum', { upstream: 'kommo' })).toBeCloseTo(0.042);
  });

  it('names attempts without an HTTP answer by what happened instead', async () => {
    const metrics = new GatewayMetrics({ processMetrics: false });
    const errors = [
      new UpstreamUnavailableError('kommo', { timeoutMs: 10000 }),
      new UpstreamUnavailableError('kommo', { code: 'ECONNRESET', error: new Error('reset') }),
      new ClientGoneError(),
      new TypeError('a bug'),
    ];
    for (const error of errors) metrics.attempt(attempt()).end({ status: undefined, error, durationMs: 1 });
    metrics.attempt(attempt()).end({ status: 429, error: new UpstreamRateLimitedError('kommo', 2000), durationMs: 1 });

    expect(
      (await samples(metrics))
        .filter((s) => s.name === 'ponte_upstream_requests_total')
        .map((s) => [s.labels['status'], s.value]),
    ).toEqual([
      ['timeout', 1],
      ['network', 1],
      ['cancelled', 1],
      ['error', 1],
      ['429', 1],
    ]);
  });

  it('observes the budget wait per attempt and reads the queue length at scrape time', async () => {
    const metrics = new GatewayMetrics({ processMetrics: false });
    let queued = 3;
    metrics.watchBudget('kommo', { queueLength: () => queued });
    metrics.attempt(attempt({ budgetWaitMs: 0 }));
    metrics.attempt(attempt({ budgetWaitMs: 1500 }));

    const before = await samples(metrics);
    queued = 0;
    const after = await samples(metrics);

    expect(total(before, 'ponte_budget_queue_length', { upstream: 'kommo' })).toBe(3);
    expect(total(after, 'ponte_budget_queue_length', { upstream: 'kommo' })).toBe(0);
    expect(total(before, 'ponte_budget_wait_seconds_count', { upstream: 'kommo' })).toBe(2);
    expect(total(before, 'ponte_budget_wait_seconds_sum', { upstream: 'kommo' })).toBe(1.5);
    expect(total(before, 'ponte_budget_wait_seconds_bucket', { upstream: 'kommo', le: '0' })).toBe(1);
    expect(total(before, 'ponte_budget_wait_seconds_bucket', { upstream: 'kommo', le: '1' })).toBe(1);
    expect(total(before, 'ponte_budget_wait_seconds_bucket', { upstream: 'kommo', le: '2.5' })).toBe(2);
  });

  it('counts operations by name and outcome, and keeps client-chosen names to 200 series', async () => {
    const metrics = new GatewayMetrics({ processMetrics: false });
    metrics.operation({ operation: 'Timeline', outcome: 'success', durationMs: 120 });
    metrics.operation({ operation: 'Timeline', outcome: 'partial', durationMs: 80 });
    for (let i = 0; i < 250; i += 1) metrics.operation({ operation: `Op${i}`, outcome: 'error', durationMs: 1 });

    const found = await samples(metrics);
    expect(total(found, 'ponte_graphql_requests_total', { operation: 'Timeline' })).toBe(2);
    expect(total(found, 'ponte_graphql_request_duration_seconds_sum', { operation: 'Timeline' })).toBeCloseTo(0.2);
    expect(total(found, 'ponte_graphql_requests_total', { operation: 'other', outcome: 'error' })).toBe(51);
    const names = new Set(
      found.filter((s) => s.name === 'ponte_graphql_requests_total').map((s) => s.labels['operation']),
    );
    expect(names.size).toBe(201);
  });

  it('keeps route labels bounded too', async () => {
    const metrics = new GatewayMetrics({ processMetrics: false });
    for (let i = 0; i < 210; i += 1) {
      metrics.attempt(attempt({ route: `/api/v4/events/x${i}` })).end({ status: 200, error: undefined, durationMs: 1 });
    }

    expect(total(await samples(metrics), 'ponte_upstream_requests_total', { route: 'other' })).toBe(10);
  });

  it('counts what the stores report: cache hits and misses by cache, idempotent replays', async () => {
    const metrics = new GatewayMetrics({ processMetrics: false });
    metrics.cacheHit('users');
    metrics.cacheHit('users');
    metrics.cacheMiss('pipelines');
    metrics.idempotentReplay();

    const found = await samples(metrics);
    expect(total(found, 'ponte_cache_hits_total', { cache: 'users' })).toBe(2);
    expect(total(found, 'ponte_cache_misses_total', { cache: 'pipelines' })).toBe(1);
    expect(total(found, 'ponte_idempotent_replays_total')).toBe(1);
  });

  it('keeps a registry per instance: two gateways in one process never share counts', async () => {
    const one = new GatewayMetrics({ processMetrics: false });
    const two = new GatewayMetrics({ processMetrics: false });
    one.idempotentReplay();

    expect(total(await samples(two), 'ponte_idempotent_replays_total')).toBe(0);
    expect(total(await samples(one), 'ponte_idempotent_replays_total')).toBe(1);
  });

  it('adds the process and Node.js series unless told not to', async () => {
    const names = (await samples(new GatewayMetrics())).map((s) => s.name);

    expect(names).toEqual(
      expect.arrayContaining([
        'process_cpu_user_seconds_total',
        'process_resident_memory_bytes',
        'nodejs_heap_size_used_bytes',
      ]),
    );
    expect((await samples(new GatewayMetrics({ processMetrics: false }))).map((s) => s.name)).not.toContain(
      'process_cpu_user_seconds_total',
    );
  });
});
