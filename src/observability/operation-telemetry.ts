import type { Context as TraceContext } from '@opentelemetry/api';

/**
 * What one GraphQL request tells its log line, metrics and span. The HTTP layer creates it (it
 * knows the request id, the caller's trace and the status); the Apollo plugin reports what only
 * Apollo knows (the operation and the errors of the response).
 */
export interface OperationTelemetry {
  readonly requestId: string;
  /** The operation's span as a trace context: its upstream attempts become child spans. */
  readonly traceContext: TraceContext;
  /** Apollo started its pipeline; `operationName` is what the client asked for, if anything. */
  noteRequested(operationName: string | undefined): void;
  /** The operation Apollo resolved: its name (`null` when anonymous) and type (`query`, `mutation`). */
  noteOperation(name: string | null, type: string): void;
  /** The distinct `extensions.code`s of the response's errors, and whether it carries data. */
  noteResult(errorCodes: readonly string[], hasData: boolean): void;
}
