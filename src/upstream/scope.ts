import type { Context as TraceContext } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../error-codes';

/**
 * What one GraphQL operation hands down to every upstream call it causes: who it is (for logs
 * and spans), whether its client is still there, and how many calls it has made and may make.
 */
export interface UpstreamScope {
  requestId: string;
  /** Aborted when the client goes away: queued calls are dropped and attempts in flight cancelled. */
  signal: AbortSignal;
  calls: UpstreamCallCounter;
  /** Where the operation sits in a trace: its attempts become child spans of it. */
  traceContext?: TraceContext;
}

/**
 * Counts the HTTP attempts an operation sends (retries included, exactly what the upstreams see)
 * and refuses the one that would pass `max` (CONTRACT §5.2, `MAX_UPSTREAM_CALLS` at run time).
 */
export class UpstreamCallCounter {
  private sent = 0;

  constructor(readonly max = Number.POSITIVE_INFINITY) {}

  get count(): number {
    return this.sent;
  }

  /** Called right before an attempt is sent; throws instead when the operation has used its calls. */
  take(): void {
    if (this.sent >= this.max) throw operationCallLimitError(this.max, this.sent + 1);
    this.sent += 1;
  }
}

export function operationCallLimitError(max: number, actual: number): GraphQLError {
  return new GraphQLError(
    `This operation needs more than MAX_UPSTREAM_CALLS=${max} upstream calls; the fields past the limit are null`,
    { extensions: { code: ErrorCode.OPERATION_LIMIT_EXCEEDED, limit: 'MAX_UPSTREAM_CALLS', max, actual } },
  );
}

/** Rejects calls whose client went away before they were sent; never retried, never shown to anyone. */
export class ClientGoneError extends Error {
  constructor() {
    super('the client closed the connection before the upstream call was sent');
    this.name = 'ClientGoneError';
  }
}

/** For calls that serve no GraphQL operation (boot-time registration, webhooks, tests). */
export function detachedScope(requestId = 'background'): UpstreamScope {
  return { requestId, signal: new AbortController().signal, calls: new UpstreamCallCounter() };
}
