import { SpanStatusCode } from '@opentelemetry/api';
import type { IncomingMessage } from 'node:http';
import type { OperationSample } from '../../../src/observability/metrics';
import { createOtlpTracing } from '../../../src/observability/otlp-tracing';
import { RequestTelemetry } from '../../../src/observability/request-telemetry';
import { passThroughTracing } from '../../../src/observability/tracing';
import { recordingLogger } from '../../helpers/recording-logger';
import { CALLER, collectingExporter, settings, TRACE_ID } from './tracing-fixture';

function request(headers: IncomingMessage['headers'] = {}): IncomingMessage {
  return { headers } as IncomingMessage;
}

function telemetryFor(headers: IncomingMessage['headers'] = {}) {
  const logger = recordingLogger();
  const samples: OperationSample[] = [];
  const telemetry = new RequestTelemetry(
    { logger, tracing: passThroughTracing, metrics: { operation: (sample) => samples.push(sample) } },
    request(headers),
  );
  return { telemetry, logger, samples };
}

describe('RequestTelemetry', () => {
  it('writes one line and one sample per operation, with the outcome the response had', () => {
    const cases = [
      { codes: [], hasData: true, outcome: 'success' },
      { codes: ['FORBIDDEN'], hasData: true, outcome: 'partial' },
      { codes: ['BAD_USER_INPUT'], hasData: false, outcome: 'error' },
    ];
    for (const { codes, hasData, outcome } of cases) {
      const { telemetry, logger, samples } = telemetryFor({ 'x-request-id': 'r-1' });
      telemetry.noteRequested('Board');
      telemetry.noteOperation('Board', 'query');
      telemetry.noteResult(codes, hasData);
      telemetry.finish({ status: 200, caller: 'crm-app', upstreamCalls: 5 });

      expect(logger.entries).toEqual([
        {
          level: 'info',
          message: 'graphql request',
          fields: {
            requestId: 'r-1',
            operationName: 'Board',
            operationType: 'query',
            caller: 'crm-app',
            status: 200,
            durationMs: expect.any(Number),
            upstreamCalls: 5,
            errors: codes,
          },
        },
      ]);
      expect(samples).toEqual([{ operation: 'Board', outcome, durationMs: expect.any(Number) }]);
    }
  });

  it('names an anonymous operation "anonymous" and an unresolved one "none" in the metrics', () => {
    const anonymous = telemetryFor();
    anonymous.telemetry.noteRequested(undefined);
    anonymous.telemetry.noteOperation(null, 'mutation');
    anonymous.telemetry.noteResult([], true);
    anonymous.telemetry.finish({ status: 200, upstreamCalls: 1 });
    const unresolved = telemetryFor();
    unresolved.telemetry.noteRequested('X'.repeat(300));
    unresolved.telemetry.noteResult(['BAD_USER_INPUT'], false);
    unresolved.telemetry.finish({ status: 400, upstreamCalls: 0 });

    expect(anonymous.samples.map((sample) => sample.operation)).toEqual(['anonymous']);
    expect(anonymous.logger.entries[0]?.fields).toMatchObject({ operationName: null, operationType: 'mutation' });
    expect(unresolved.samples.map((sample) => [sample.operation, sample.outcome])).toEqual([['none', 'error']]);
    expect(unresolved.logger.entries[0]?.fields).toMatchObject({ operationName: 'X'.repeat(128), caller: null });
  });

  it('leaves no trace of a request that never was an operation (the explorer page), but logs a refusal', () => {
    const page = telemetryFor();
    page.telemetry.finish({ status: 200, upstreamCalls: 0 });
    const refused = telemetryFor();
    refused.telemetry.finish({ status: 413, upstreamCalls: 0 });

    expect([page.logger.entries, page.samples]).toEqual([[], []]);
    expect(refused.samples).toEqual([{ operation: 'none', outcome: 'error', durationMs: expect.any(Number) }]);
    expect(refused.logger.entries[0]?.fields).toMatchObject({ status: 413, errors: [] });
  });

  it("names and describes the operation's span, and marks it failed when the response had only errors", async () => {
    const exporter = collectingExporter();
    const tracing = createOtlpTracing(settings(), { logger: recordingLogger(), exporter });
    const logger = recordingLogger();
    const telemetry = new RequestTelemetry(
      { logger, tracing },
      request({ traceparent: CALLER, 'x-request-id': 'w-1' }),
    );

    expect(telemetry.traceContext).toBeDefined();
    telemetry.noteRequested('CreateLead');
    telemetry.noteOperation('CreateLead', 'mutation');
    telemetry.noteResult(['UPSTREAM_UNAVAILABLE'], false);
    telemetry.finish({ status: 200, caller: 'crm-app', upstreamCalls: 1 });
    await tracing.shutdown();

    expect(exporter.spans.map((span) => [span.name, span.attributes, span.status])).toEqual([
      [
        'mutation CreateLead',
        {
          'http.response.status_code': 200,
          'ponte.request_id': 'w-1',
          'ponte.upstream_calls': 1,
          'graphql.operation.type': 'mutation',
          'graphql.operation.name': 'CreateLead',
          'ponte.caller': 'crm-app',
          'ponte.error_codes': ['UPSTREAM_UNAVAILABLE'],
        },
        { code: SpanStatusCode.ERROR, message: 'UPSTREAM_UNAVAILABLE' },
      ],
    ]);
    expect(logger.entries[0]?.fields?.['traceId']).toBe(TRACE_ID);
  });
});
