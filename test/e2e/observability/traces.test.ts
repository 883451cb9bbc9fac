import { bootAgainstSimulators, TIMELINE, type Booted } from './booted';
import { startOtlpReceiver } from './otlp-receiver';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';
const SERVER = 2;
const CLIENT = 3;

let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
let h: Booted | undefined;
beforeEach(async () => {
  receiver = await startOtlpReceiver();
});
afterEach(async () => {
  await h?.close();
  h = undefined;
  await receiver.close();
});

/** The parent span id of each `traceparent` the simulator received, checked to be in `traceId`. */
function upstreamParents(booted: Booted, traceId: string): string[] {
  return booted.sim.requests.map((request) => {
    const match = /^00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]$/.exec(request.headers['traceparent'] ?? '');
    expect(match?.[1]).toBe(traceId);
    return match?.[2] ?? '';
  });
}

describe('traces over OTLP/HTTP', () => {
  it("exports the operation span in the caller's trace and one child span per upstream attempt, whose ids went upstream", async () => {
    h = await bootAgainstSimulators({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_HEADERS: 'x-collector-key=collector%20secret',
      OTEL_SERVICE_NAME: 'ponte-test',
    });
    h.sim.injectFault({ method: 'GET', pathPrefix: '/api/v4/users', status: 503, json: { title: 'Unavailable' } });
    const response = await h.post(TIMELINE, {
      traceparent: `00-${TRACE_ID}-${CALLER_SPAN}-01`,
      'x-request-id': 'traced-run',
    });
    expect(response.status).toBe(200);
    const booted = h;
    const sent = booted.sim.requests.length;
    const parents = upstreamParents(booted, TRACE_ID);
    const line = booted.lines('graphql request')[0]?.fields;
    await booted.close(); // flushes the batch
    h = undefined;

    const spans = receiver.spans();
    const [operation, ...others] = spans.filter((span) => span.kind === SERVER);
    expect(others).toEqual([]);
    expect(operation).toMatchObject({
      traceId: TRACE_ID,
      parentSpanId: CALLER_SPAN,
      name: 'query Timeline',
      attributes: {
        'graphql.operation.name': 'Timeline',
        'graphql.operation.type': 'query',
        'http.response.status_code': 200,
        'ponte.request_id': 'traced-run',
        'ponte.caller': 'anonymous',
        'ponte.upstream_calls': sent,
      },
      resource: expect.objectContaining({ 'service.name': 'ponte-test' }),
    });
    const attempts = spans.filter((span) => span.kind === CLIENT);
    expect(attempts).toHaveLength(sent);
    for (const attempt of attempts) {
      expect(attempt).toMatchObject({ traceId: TRACE_ID, parentSpanId: operation?.spanId });
      expect(attempt.attributes).toMatchObject({
        'ponte.upstream': 'kommo',
        'http.request.method': 'GET',
        'ponte.request_id': 'traced-run',
        'ponte.budget.wait_ms': expect.any(Number),
      });
    }
    expect(attempts.map((span) => span.spanId).sort()).toEqual([...parents].sort());
    expect(
      attempts
        .filter((span) => span.attributes['url.template'] === '/api/v4/users')
        .map((span) => [span.name, span.attributes['ponte.attempt'], span.attributes['http.response.status_code']]),
    ).toEqual([
      ['GET /api/v4/users', 1, 503],
      ['GET /api/v4/users', 2, 200],
    ]);
    expect(line?.['traceId']).toBe(TRACE_ID);
    expect(receiver.exports.map((received) => [received.path, received.headers['x-collector-key']])).toContainEqual([
      '/v1/traces',
      'collector secret',
    ]);
    expect(receiver.exports.map((received) => received.body.toString()).join()).not.toContain(booted.sim.token);
  });

  it('starts a trace of its own without a caller traceparent, exported as OTLP protobuf by default', async () => {
    h = await bootAgainstSimulators({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });
    await h.post(TIMELINE);
    const booted = h;
    const traceId = String(booted.lines('graphql request')[0]?.fields?.['traceId']);
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(upstreamParents(booted, traceId)).size).toBe(booted.sim.requests.length);
    await booted.close();
    h = undefined;

    expect(receiver.exports.length).toBeGreaterThan(0);
    for (const received of receiver.exports) {
      expect([received.path, received.contentType]).toEqual(['/v1/traces', 'application/x-protobuf']);
    }
    expect(Buffer.concat(receiver.exports.map((received) => received.body)).includes(Buffer.from(traceId, 'hex'))).toBe(
      true,
    );
  });

  it("honours a caller's decision not to sample: nothing exported, the trace still reaches the upstream", async () => {
    h = await bootAgainstSimulators({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    });
    await h.post(TIMELINE, { traceparent: `00-${TRACE_ID}-${CALLER_SPAN}-00` });
    const booted = h;
    expect(booted.sim.requests.map((request) => request.headers['traceparent']?.endsWith('-00'))).toEqual(
      booted.sim.requests.map(() => true),
    );
    upstreamParents(booted, TRACE_ID);
    await booted.close();
    h = undefined;

    expect(receiver.spans()).toEqual([]);
  });
});

describe('traces without an exporter', () => {
  it("forwards the caller's traceparent upstream unchanged, and sends none when the caller sent none", async () => {
    h = await bootAgainstSimulators();
    const query = '{ events(first: 3) { nodes { id createdBy { name } } } }';
    const traced = await h.post(query, { traceparent: `00-${TRACE_ID}-${CALLER_SPAN}-01` });
    expect(traced.status).toBe(200);
    const forwarded = h.sim.requests.map((request) => request.headers['traceparent']);
    h.sim.resetRequests();
    await h.post(query);

    expect(forwarded.length).toBeGreaterThan(1);
    expect(forwarded).toEqual(forwarded.map(() => `00-${TRACE_ID}-${CALLER_SPAN}-01`));
    // The users list now comes from the reference cache: the events call is left.
    expect(h.sim.requests.length).toBeGreaterThan(0);
    expect(h.sim.requests.filter((request) => request.headers['traceparent'] !== undefined)).toEqual([]);
    expect(h.lines('graphql request').map((line) => line.fields?.['traceId'])).toEqual([TRACE_ID, undefined]);
    expect(receiver.exports).toEqual([]);
  });
});
