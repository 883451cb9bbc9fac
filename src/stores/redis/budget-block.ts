import {
  UpstreamForbiddenError,
  UpstreamRateLimitedError,
  UpstreamUnavailableError,
  type UpstreamName,
} from '../../upstream/errors';

/**
 * A block travels between replicas as a word, since the error it refuses callers with is built where
 * they wait: a long 429 (`rate-limited`, with the time left) or Kommo's ban page (`banned`).
 */
export type BlockKind = 'rate-limited' | 'banned' | 'unavailable';

export function blockKindOf(error: Error): BlockKind {
  if (error instanceof UpstreamRateLimitedError) return 'rate-limited';
  if (error instanceof UpstreamForbiddenError && error.banned) return 'banned';
  return 'unavailable';
}

export function blockError(kind: string, upstream: UpstreamName, remainingMs: number): Error {
  if (kind === 'rate-limited') return new UpstreamRateLimitedError(upstream, remainingMs);
  if (kind === 'banned') return new UpstreamForbiddenError(upstream, 403, { banned: true });
  return new UpstreamUnavailableError(upstream, { status: 503 });
}
