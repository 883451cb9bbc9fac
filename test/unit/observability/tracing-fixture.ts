import { ExportResultCode } from '@opentelemetry/core';
import {
  AlwaysOnSampler,
  ParentBasedSampler,
  type ReadableSpan,
  type Sampler,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import type { TraceExportSettings } from '../../../src/observability/otel-settings';

export const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
export const CALLER_SPAN = '00f067aa0ba902b7';
export const CALLER = `00-${TRACE_ID}-${CALLER_SPAN}-01`;

/** Settings as the OTEL_* defaults give them; the exporter is replaced in the tests. */
export function settings(
  sampler: Sampler = new ParentBasedSampler({ root: new AlwaysOnSampler() }),
): TraceExportSettings {
  return {
    url: 'http://collector.invalid/v1/traces',
    protocol: 'http/json',
    headers: {},
    timeoutMillis: undefined,
    compression: 'none' as TraceExportSettings['compression'],
    resource: { 'service.name': 'ponte-test' },
    sampler,
    batch: { scheduledDelayMillis: 60_000, maxExportBatchSize: 512, maxQueueSize: 2048, exportTimeoutMillis: 1000 },
  };
}

/** Keeps every exported span, also after shutdown (the SDK's in-memory exporter forgets them then). */
export function collectingExporter(): SpanExporter & { spans: ReadableSpan[] } {
  const spans: ReadableSpan[] = [];
  return {
    spans,
    export(batch, done) {
      spans.push(...batch);
      done({ code: ExportResultCode.SUCCESS });
    },
    shutdown: async () => {},
  };
}
