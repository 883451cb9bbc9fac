import {
  UpstreamAuthError,
  UpstreamForbiddenError,
  UpstreamRateLimitedError,
  UpstreamUnavailableError,
} from '../../../src/upstream/errors';
import { backoffMs, parseRetryAfter, resolveRetryPolicy, retryDelayMs } from '../../../src/upstream/retry';

const policy = resolveRetryPolicy({ baseDelayMs: 250, maxDelayMs: 1500 });

describe('retry policy', () => {
  it('defaults to 3 retries, 250 ms base, 5000 ms cap', () => {
    expect(resolveRetryPolicy(undefined)).toEqual({ maxRetries: 3, baseDelayMs: 250, maxDelayMs: 5000 });
  });

  it('doubles the delay and caps it', () => {
    expect([0, 1, 2, 3, 4].map((n) => backoffMs(policy, n))).toEqual([250, 500, 1000, 1500, 1500]);
  });

  it('decides per error what is retryable', () => {
    expect(retryDelayMs(new UpstreamUnavailableError('kommo', { status: 503 }), 1, policy)).toBe(500);
    expect(retryDelayMs(new UpstreamUnavailableError('kommo', { timeoutMs: 10 }), 0, policy)).toBe(250);
    expect(retryDelayMs(new UpstreamUnavailableError('kommo', { code: 'ECONNRESET', error: null }), 0, policy)).toBe(
      250,
    );
    expect(retryDelayMs(new UpstreamUnavailableError('kommo', { status: 501 }), 0, policy)).toBeUndefined();
    expect(retryDelayMs(new UpstreamRateLimitedError('kommo'), 2, policy)).toBe(1000);
    expect(retryDelayMs(new UpstreamRateLimitedError('kommo', 1500), 0, policy)).toBe(1500);
    expect(retryDelayMs(new UpstreamRateLimitedError('kommo', 1501), 0, policy)).toBeUndefined();
    expect(retryDelayMs(new UpstreamForbiddenError('kommo', 403, { banned: true }), 0, policy)).toBeUndefined();
    expect(retryDelayMs(new UpstreamAuthError('kommo'), 0, policy)).toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
  });

  it('ignores absent or garbage values', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
