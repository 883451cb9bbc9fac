import {
  defaultTextMapGetter,
  defaultTextMapSetter,
  INVALID_SPAN_CONTEXT,
  ROOT_CONTEXT,
  trace,
  type Span,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { IncomingHttpHeaders } from 'node:http';
import type { AttemptObservation, AttemptInfo, UpstreamObserver } from '../upstream/observer';

/**
 * Spans for operations and upstream attempts, and the W3C `traceparent` between them: accepted
 * from callers, sent upstream. Both implementations are upstream observers (their `headers` carry
 * `traceparent`), so the transport knows nothing of tracing.
 */
export interface Tracing extends UpstreamObserver {
  /**
   * Starts the span of one GraphQL operation (`startTime` in epoch milliseconds), a child of the
   * caller's `traceparent` when it carries a valid one.
   */
  startOperation(headers: IncomingHttpHeaders, startTime: number): Span;
  /** Exports what is buffered and stops exporting. */
  shutdown(): Promise<void>;
}

export const propagator = new W3CTraceContextPropagator();

/** The caller's span context from `traceparent`/`tracestate`, or the root context. */
export function callerContext(headers: IncomingHttpHeaders) {
  return propagator.extract(ROOT_CONTEXT, headers, defaultTextMapGetter);
}

/** `traceparent` (and `tracestate`) naming `span` as the parent of what receives them. */
export function traceHeaders(span: Span): Record<string, string> {
  const headers: Record<string, string> = {};
  propagator.inject(trace.setSpan(ROOT_CONTEXT, span), headers, defaultTextMapSetter);
  return headers;
}

/**
 * Without an exporter Ponte records no spans of its own, but a caller's trace still reaches the
 * upstreams: the operation "span" is the caller's span context, forwarded unchanged.
 */
export const passThroughTracing: Tracing = {
  startOperation(headers) {
    return trace.getSpan(callerContext(headers)) ?? trace.wrapSpanContext(INVALID_SPAN_CONTEXT);
  },
  attempt(info: AttemptInfo): AttemptObservation {
    const parent = info.traceContext === undefined ? undefined : trace.getSpan(info.traceContext);
    return { headers: parent === undefined ? {} : traceHeaders(parent), end: () => {} };
  },
  shutdown: async () => {},
};
