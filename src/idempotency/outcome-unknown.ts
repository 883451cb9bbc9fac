import { isRecord } from '../lib/decode';

/** The key under which a remembered result says "sent, but nobody knows whether it was stored". */
const MARKER = 'ponteOutcomeUnknown';

export interface UnknownOutcome {
  /** Why the outcome is unknown, safe to show (no token, no body). */
  reason: string;
  /** The upstream status of the first attempt, when it got one (a 5xx). */
  status: number | null;
}

/**
 * What an idempotency key remembers when its first send may or may not have been stored (a timeout,
 * a connection lost mid-request, a 5xx, or a holder that stopped before recording the result): every
 * repeat is told so instead of sending a second time.
 */
export function unknownOutcomeResult(outcome: UnknownOutcome): Record<string, unknown> {
  return { [MARKER]: outcome.reason, status: outcome.status };
}

/** The unknown outcome a remembered result records, if it is one. */
export function readUnknownOutcome(result: unknown): UnknownOutcome | undefined {
  if (!isRecord(result) || typeof result[MARKER] !== 'string') return undefined;
  const status = result['status'];
  return { reason: result[MARKER], status: typeof status === 'number' ? status : null };
}
