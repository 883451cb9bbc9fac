import {
  isSpanContextValid,
  ROOT_CONTEXT,
  SpanStatusCode,
  trace,
  type Context as TraceContext,
  type Span,
} from '@opentelemetry/api';
import { ATTR_HTTP_RESPONSE_STATUS_CODE } from '@opentelemetry/semantic-conventions';
import type { IncomingMessage } from 'node:http';
import type { Logger } from '../logger';
import type { Outcome, OperationSample } from './metrics';
import type { OperationTelemetry } from './operation-telemetry';
import { requestIdOf } from './request-id';
import type { Tracing } from './tracing';

export interface RequestTelemetryDeps {
  logger: Logger;
  tracing: Tracing;
  /** @default nothing recorded */
  metrics?: { operation(sample: OperationSample): void };
}

/** What the HTTP layer knows when the response has gone out. */
export interface RequestEnd {
  status: number;
  /** `ctx.caller.name`; absent when the request was refused before it had a context. */
  caller?: string;
  upstreamCalls: number;
}

/** Client-chosen names are logged, so they are bounded like everything else a client sends. */
const MAX_NAME_LENGTH = 128;

/**
 * One `/graphql` request from arrival to its last byte: the request id (the caller's
 * `x-request-id` when plausible), the operation span, and at the end the access-log line, the
 * request metrics and the span's attributes. A request that never reached Apollo's pipeline and
 * succeeded (the explorer page) is not an operation: it leaves no line, series or span.
 */
export class RequestTelemetry implements OperationTelemetry {
  readonly requestId: string;
  private readonly startedAt = performance.now();
  private span: Span | undefined;
  private requestedName: string | undefined;
  private operation: { name: string | null; type: string } | undefined;
  private result: { errorCodes: readonly string[]; hasData: boolean } | undefined;
  private pipelineStarted = false;

  constructor(
    private readonly deps: RequestTelemetryDeps,
    private readonly req: IncomingMessage,
  ) {
    this.requestId = requestIdOf(req.headers);
  }

  /** Starts the operation span on first use: only requests that get a context have one. */
  get traceContext(): TraceContext {
    this.span ??= this.deps.tracing.startOperation(this.req.headers, performance.timeOrigin + this.startedAt);
    return trace.setSpan(ROOT_CONTEXT, this.span);
  }

  noteRequested(operationName: string | undefined): void {
    this.pipelineStarted = true;
    this.requestedName = operationName?.slice(0, MAX_NAME_LENGTH);
  }

  noteOperation(name: string | null, type: string): void {
    this.operation = { name, type };
  }

  noteResult(errorCodes: readonly string[], hasData: boolean): void {
    this.result = { errorCodes, hasData };
  }

  finish(end: RequestEnd): void {
    if (!this.pipelineStarted && this.span === undefined && end.status < 400) return;
    const durationMs = performance.now() - this.startedAt;
    const errorCodes = this.result?.errorCodes ?? [];
    const outcome = this.outcome(end.status);
    const operationName = this.operation === undefined ? (this.requestedName ?? null) : this.operation.name;
    const spanContext = this.span?.spanContext();
    this.deps.logger.info('graphql request', {
      requestId: this.requestId,
      operationName,
      operationType: this.operation?.type ?? null,
      caller: end.caller ?? null,
      status: end.status,
      durationMs: Math.round(durationMs * 10) / 10,
      upstreamCalls: end.upstreamCalls,
      errors: errorCodes,
      ...(spanContext !== undefined && isSpanContextValid(spanContext) ? { traceId: spanContext.traceId } : {}),
    });
    const metricName = this.operation === undefined ? 'none' : (this.operation.name ?? 'anonymous');
    this.deps.metrics?.operation({ operation: metricName, outcome, durationMs });
    this.endSpan(end, outcome, errorCodes);
  }

  private outcome(status: number): Outcome {
    if (this.result === undefined) return status < 400 ? 'success' : 'error';
    if (this.result.errorCodes.length === 0) return 'success';
    return this.result.hasData ? 'partial' : 'error';
  }

  private endSpan(end: RequestEnd, outcome: Outcome, errorCodes: readonly string[]): void {
    const span = this.span;
    if (span === undefined) return;
    const { name, type } = this.operation ?? { name: null, type: undefined };
    if (type !== undefined) span.updateName(name === null ? type : `${type} ${name}`);
    span.setAttributes({
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: end.status,
      'ponte.request_id': this.requestId,
      'ponte.upstream_calls': end.upstreamCalls,
      ...(type === undefined ? {} : { 'graphql.operation.type': type }),
      ...(name === null ? {} : { 'graphql.operation.name': name }),
      ...(end.caller === undefined ? {} : { 'ponte.caller': end.caller }),
      ...(errorCodes.length === 0 ? {} : { 'ponte.error_codes': [...errorCodes] }),
    });
    if (outcome === 'error') span.setStatus({ code: SpanStatusCode.ERROR, message: errorCodes.join(', ') });
    span.end();
  }
}
