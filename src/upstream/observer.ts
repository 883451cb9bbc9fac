import type { Context as TraceContext } from '@opentelemetry/api';
import type { UpstreamName } from './errors';

/** One HTTP attempt about to be sent. */
export interface AttemptInfo {
  upstream: UpstreamName;
  method: string;
  /** The path with ids replaced by `{id}`: a low-cardinality name for metrics and spans. */
  route: string;
  /** 1 for the first attempt, 2 for the first retry, … */
  attempt: number;
  /** How long this attempt waited for the account's request budget. */
  budgetWaitMs: number;
  requestId: string | undefined;
  /** The operation's trace position (its scope's), parent of the attempt's span. */
  traceContext: TraceContext | undefined;
}

/** How the attempt ended: `status` when an HTTP answer came, `error` for everything that failed. */
export interface AttemptOutcome {
  status: number | undefined;
  error: unknown;
  durationMs: number;
}

export interface AttemptObservation {
  /** Extra request headers, e.g. W3C `traceparent`. */
  headers: Readonly<Record<string, string>>;
  end(outcome: AttemptOutcome): void;
}

/**
 * Sees every upstream attempt: metrics, spans and logs hang here, so the transport knows nothing
 * of them. Called synchronously right before the attempt is sent.
 */
export interface UpstreamObserver {
  attempt(info: AttemptInfo): AttemptObservation;
}

const NOTHING: AttemptObservation = { headers: {}, end: () => {} };

export const silentObserver: UpstreamObserver = { attempt: () => NOTHING };

/** `/api/v4/leads/123/notes` → `/api/v4/leads/{id}/notes`; WoofedCRM's account segment included. */
export function routeOf(path: string): string {
  return path.replace(/\/\d+(?=\/|$)/g, '/{id}');
}

/** Several observers as one, in order; their headers merged. */
export function combineObservers(observers: readonly UpstreamObserver[]): UpstreamObserver {
  if (observers.length === 0) return silentObserver;
  if (observers.length === 1 && observers[0] !== undefined) return observers[0];
  return {
    attempt(info) {
      const parts = observers.map((observer) => observer.attempt(info));
      return {
        headers: Object.assign({}, ...parts.map((part) => part.headers)) as Record<string, string>,
        end: (outcome) => parts.forEach((part) => part.end(outcome)),
      };
    },
  };
}
