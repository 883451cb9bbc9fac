import { ROOT_CONTEXT, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { ExportResultCode } from '@opentelemetry/core';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
} from '@opentelemetry/semantic-conventions';
import type { Logger } from '../logger';
import { attemptStatus } from './labels';
import type { TraceExportSettings } from './otel-settings';
import { callerContext, traceHeaders, type Tracing } from './tracing';

export interface OtlpTracingOptions {
  logger: Logger;
  /** Replaces the OTLP/HTTP exporter (tests). */
  exporter?: SpanExporter;
}

/**
 * Spans exported over OTLP/HTTP in batches: one SERVER span per GraphQL operation, one CLIENT span
 * per upstream attempt beneath it. The provider is Ponte's own, never registered globally, so
 * nothing else in the process (or another gateway in a test) writes into it.
 */
export function createOtlpTracing(settings: TraceExportSettings, options: OtlpTracingOptions): Tracing {
  const exporter = options.exporter ?? otlpExporter(settings);
  const provider = new BasicTracerProvider({
    resource: defaultResource().merge(resourceFromAttributes(settings.resource)),
    sampler: settings.sampler,
    spanProcessors: [new BatchSpanProcessor(reportingFailures(exporter, options.logger), settings.batch)],
  });
  const tracer = provider.getTracer('ponte');
  return {
    startOperation(headers, startTime) {
      return tracer.startSpan('GraphQL request', { kind: SpanKind.SERVER, startTime }, callerContext(headers));
    },
    attempt(info) {
      const span = tracer.startSpan(
        `${info.method} ${info.route}`,
        {
          kind: SpanKind.CLIENT,
          attributes: {
            'ponte.upstream': info.upstream,
            'url.template': info.route,
            [ATTR_HTTP_REQUEST_METHOD]: info.method,
            'ponte.attempt': info.attempt,
            ...(info.attempt > 1 ? { [ATTR_HTTP_REQUEST_RESEND_COUNT]: info.attempt - 1 } : {}),
            'ponte.budget.wait_ms': Math.round(info.budgetWaitMs * 10) / 10,
            ...(info.requestId === undefined ? {} : { 'ponte.request_id': info.requestId }),
          },
        },
        info.traceContext ?? ROOT_CONTEXT,
      );
      return {
        headers: traceHeaders(span),
        end(outcome) {
          if (outcome.status !== undefined) span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, outcome.status);
          if (outcome.error !== undefined) {
            span.setAttribute(ATTR_ERROR_TYPE, attemptStatus(outcome));
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
          span.end();
        },
      };
    },
    shutdown: () => provider.shutdown(),
  };
}

function otlpExporter(settings: TraceExportSettings): SpanExporter {
  const config = {
    url: settings.url,
    headers: settings.headers,
    compression: settings.compression,
    ...(settings.timeoutMillis === undefined ? {} : { timeoutMillis: settings.timeoutMillis }),
  };
  return settings.protocol === 'http/json' ? new JsonExporter(config) : new ProtobufExporter(config);
}

/**
 * The SDK hands failed exports to a global error handler that prints nothing by default, so an
 * unreachable collector would go unnoticed: the first failure and the recovery are logged
 * (not every batch).
 */
function reportingFailures(exporter: SpanExporter, logger: Logger): SpanExporter {
  let failing = false;
  return {
    export(spans, done) {
      exporter.export(spans, (result) => {
        const ok = result.code === ExportResultCode.SUCCESS;
        if (!ok && !failing) {
          logger.warn('trace export failed: spans are dropped until the collector accepts them again', {
            error: result.error?.message,
            spans: spans.length,
          });
        } else if (ok && failing) {
          logger.info('trace export recovered');
        }
        failing = !ok;
        done(result);
      });
    },
    shutdown: () => exporter.shutdown(),
    forceFlush: () => exporter.forceFlush?.() ?? Promise.resolve(),
  };
}
