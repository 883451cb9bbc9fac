import { UpstreamError, UpstreamUnavailableError } from '../upstream/errors';
import type { AttemptOutcome } from '../upstream/observer';
import { ClientGoneError } from '../upstream/scope';

/**
 * Keeps a label's distinct values bounded. Operation names come from clients and routes from
 * paths, so one careless (or hostile) client could otherwise create a series per request: past
 * `max` distinct values, new ones are reported as `other`.
 */
export class BoundedValues {
  private readonly seen = new Set<string>();

  constructor(private readonly max: number) {}

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(value);
    return value;
  }
}

/**
 * The `status` of an upstream attempt for metrics, spans and logs: the HTTP status when an answer
 * came, else why none came (`timeout`, `network`, `cancelled` when our client left, `error`).
 */
export function attemptStatus(outcome: AttemptOutcome): string {
  if (outcome.status !== undefined) return String(outcome.status);
  if (outcome.error instanceof UpstreamUnavailableError) return outcome.error.timedOut ? 'timeout' : 'network';
  if (outcome.error instanceof ClientGoneError) return 'cancelled';
  return outcome.error instanceof UpstreamError ? outcome.error.kind.toLowerCase() : 'error';
}
