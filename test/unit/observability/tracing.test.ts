import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { ExportResultCode } from '@opentelemetry/core';
import { AlwaysOffSampler, type ReadableSpan, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { createOtlpTracing } from '../../../src/observability/otlp-tracing';
import { passThroughTracing } from '../../../src/observability/tracing';
import { UpstreamUnavailableError } from '../../../src/upstream/errors';
import type { AttemptInfo } from '../../../src/upstream/observer';
import { recordingLogger } from '../../helpers/recording-logger';
import { CALLER, CALLER_SPAN, collectingExporter, settings, TRACE_ID } from './tracing-fixture';

function attemptOf(traceContext: AttemptInfo['traceContext'], overrides: Partial<AttemptInfo> = {}): AttemptInfo {
  return {
    upstream: 'kommo',
    method: 'GET',
    route: '/api/v4/users',
    attempt: 1,
    budgetWaitMs: 142.37,
    requestId: 'r-1',
    traceContext,
    ...overrides,
  };
}

describe('OTLP tracing', () => {
  it("puts the operation in the caller's trace and each attempt beneath it, with the attempt's id sent upstream", async () => {
    const exporter = collectingExporter();
    const tracing = createOtlpTracing(settings(), { logger: recordingLogger(), exporter });

    const operation = tracing.startOperation({ traceparent: CALLER }, Date.now());
    const parent = trace.setSpan(ROOT_CONTEXT, operation);
    const first = tracing.attempt(attemptOf(parent));
    first.end({ status: 503, error: new UpstreamUnavailableError('kommo', { status: 503 }), durationMs: 4 });
    const second = tracing.attempt(attemptOf(parent, { attempt: 2, budgetWaitMs: 0 }));
    second.end({ status: 200, error: undefined, durationMs: 3 });
    operation.end();
    await tracing.shutdown();

    const spans = exporter.spans;
    const op = spans.find((span) => span.kind === SpanKind.SERVER);
    const attempts = spans.filter((span) => span.kind === SpanKind.CLIENT);
    expect(op?.spanContext().traceId).toBe(TRACE_ID);
    expect(op?.parentSpanContext?.spanId).toBe(CALLER_SPAN);
    expect(attempts.map((span) => [span.name, span.parentSpanContext?.spanId, span.spanContext().traceId])).toEqual([
      ['GET /api/v4/users', op?.spanContext().spanId, TRACE_ID],
      ['GET /api/v4/users', op?.spanContext().spanId, TRACE_ID],
    ]);
    expect(attempts.map((span) => span.attributes)).toEqual([
      {
        'ponte.upstream': 'kommo',
        'url.template': '/api/v4/users',
        'http.request.method': 'GET',
        'ponte.attempt': 1,
        'ponte.budget.wait_ms': 142.4,
        'ponte.request_id': 'r-1',
        'http.response.status_code': 503,
        'error.type': '503',
      },
      {
        'ponte.upstream': 'kommo',
        'url.template': '/api/v4/users',
        'http.request.method': 'GET',
        'ponte.attempt': 2,
        'http.request.resend_count': 1,
        'ponte.budget.wait_ms': 0,
        'ponte.request_id': 'r-1',
        'http.response.status_code': 200,
      },
    ]);
    expect(attempts.map((span) => span.status.code)).toEqual([SpanStatusCode.ERROR, SpanStatusCode.UNSET]);
    expect([first.headers, second.headers]).toEqual(
      attempts.map((span) => ({ traceparent: `00-${TRACE_ID}-${span.spanContext().spanId}-01` })),
    );
    expect(op?.resource.attributes['service.name']).toBe('ponte-test');
  });

  it('starts a new trace when the caller sent none, or an invalid one', async () => {
    const exporter = collectingExporter();
    const tracing = createOtlpTracing(settings(), { logger: recordingLogger(), exporter });

    const fresh = tracing.startOperation({}, Date.now());
    const garbled = tracing.startOperation({ traceparent: '00-zz-00f067aa0ba902b7-01' }, Date.now());
    fresh.end();
    garbled.end();
    await tracing.shutdown();

    const spans = exporter.spans;
    expect(spans.map((span) => span.parentSpanContext)).toEqual([undefined, undefined]);
    expect(new Set(spans.map((span) => span.spanContext().traceId)).size).toBe(2);
  });

  it('records nothing for an unsampled trace, and still sends its traceparent upstream (flags 00)', async () => {
    const exporter = collectingExporter();
    const tracing = createOtlpTracing(settings(new AlwaysOffSampler()), { logger: recordingLogger(), exporter });

    const operation = tracing.startOperation({ traceparent: CALLER }, Date.now());
    const observed = tracing.attempt(attemptOf(trace.setSpan(ROOT_CONTEXT, operation)));
    observed.end({ status: 200, error: undefined, durationMs: 1 });
    operation.end();
    await tracing.shutdown();

    expect(exporter.spans).toEqual([]);
    expect(observed.headers['traceparent']).toMatch(new RegExp(`^00-${TRACE_ID}-[0-9a-f]{16}-00$`));
  });

  it('logs the first failed export and the recovery, not every batch', async () => {
    const logger = recordingLogger();
    const results = [ExportResultCode.FAILED, ExportResultCode.FAILED, ExportResultCode.SUCCESS];
    const exported: ReadableSpan[][] = [];
    const exporter: SpanExporter = {
      export(spans, done) {
        exported.push(spans);
        const code = results.shift() ?? ExportResultCode.SUCCESS;
        done(code === ExportResultCode.SUCCESS ? { code } : { code, error: new Error('connect ECONNREFUSED') });
      },
      shutdown: async () => {},
    };
    const tracing = createOtlpTracing(
      { ...settings(), batch: { ...settings().batch, maxExportBatchSize: 1 } },
      { logger, exporter },
    );

    for (let i = 0; i < 3; i += 1) tracing.startOperation({}, Date.now()).end();
    await tracing.shutdown();

    expect(exported).toHaveLength(3);
    expect(logger.entries).toEqual([
      {
        level: 'warn',
        message: 'trace export failed: spans are dropped until the collector accepts them again',
        fields: { error: 'connect ECONNREFUSED', spans: 1 },
      },
      { level: 'info', message: 'trace export recovered' },
    ]);
  });
});

describe('without export', () => {
  it("forwards the caller's traceparent unchanged, and none when there was none or it was invalid", () => {
    const headersFor = (traceparent: string | undefined) => {
      const operation = passThroughTracing.startOperation(traceparent === undefined ? {} : { traceparent }, 0);
      return passThroughTracing.attempt(attemptOf(trace.setSpan(ROOT_CONTEXT, operation))).headers;
    };

    expect(headersFor(CALLER)).toEqual({ traceparent: CALLER });
    expect(headersFor(undefined)).toEqual({});
    expect(headersFor('01-nonsense')).toEqual({});
    expect(passThroughTracing.attempt(attemptOf(undefined)).headers).toEqual({});
  });
});
