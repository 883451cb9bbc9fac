import {
  UpstreamBadResponseError,
  UpstreamRateLimitedError,
  UpstreamUnavailableError,
  type UpstreamError,
} from './errors';

export interface RetryPolicy {
  /** Retries after the first attempt (GET only). @default 3 */
  maxRetries: number;
  /** Delay before retry n (0-based) is `baseDelayMs * 2^n`, capped at `maxDelayMs`. @default 250 */
  baseDelayMs: number;
  /** Cap on any wait; a 429 asking for longer is not retried. @default 5000 */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 3, baseDelayMs: 250, maxDelayMs: 5000 };

export function resolveRetryPolicy(partial: Partial<RetryPolicy> | undefined): RetryPolicy {
  return { ...DEFAULT_RETRY_POLICY, ...partial };
}

export function backoffMs(policy: RetryPolicy, retryIndex: number): number {
  return Math.min(policy.baseDelayMs * 2 ** retryIndex, policy.maxDelayMs);
}

const RETRYABLE_STATUSES = new Set([500, 502, 503, 504]);

/**
 * How long to wait before retrying after `error`, or `undefined` when it must not be retried.
 * Says nothing about the method: the caller retries only reads.
 */
export function retryDelayMs(error: UpstreamError, retryIndex: number, policy: RetryPolicy): number | undefined {
  if (error instanceof UpstreamRateLimitedError) {
    if (error.retryAfterMs === undefined) return backoffMs(policy, retryIndex);
    return error.retryAfterMs <= policy.maxDelayMs ? error.retryAfterMs : undefined;
  }
  if (error instanceof UpstreamUnavailableError) {
    const transient = error.status === undefined || RETRYABLE_STATUSES.has(error.status);
    return transient ? backoffMs(policy, retryIndex) : undefined;
  }
  // A body cut short reads as malformed JSON: as transient as a 5xx.
  if (error instanceof UpstreamBadResponseError && error.reason === 'malformed JSON')
    return backoffMs(policy, retryIndex);
  return undefined;
}

/** `Retry-After` as delta-seconds or an HTTP date, in ms from `nowMs`; `undefined` if unusable. */
export function parseRetryAfter(header: string | undefined, nowMs: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
