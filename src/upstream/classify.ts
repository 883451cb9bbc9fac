import type { IncomingHttpHeaders } from 'node:http';
import { asNumber, path } from '../lib/decode';
import { looksLikeHtml, mediaType, parseJson } from './body';
import {
  UpstreamAuthError,
  UpstreamBadResponseError,
  UpstreamForbiddenError,
  UpstreamNotFoundError,
  UpstreamRateLimitedError,
  UpstreamUnavailableError,
  UpstreamValidationError,
  upstreamDisplayName,
  type UpstreamError,
  type UpstreamName,
} from './errors';
import { parseProblems } from './problems';
import { parseRetryAfter } from './retry';

export interface ErrorResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The (possibly truncated) body text; '' when empty. Bodies are JSON, HTML or plain text alike. */
  text: string;
}

/** Maps a non-2xx response to the taxonomy in `errors.ts`. `nowMs` dates a `Retry-After` HTTP date. */
export function errorForResponse(upstream: UpstreamName, res: ErrorResponse, nowMs: number): UpstreamError {
  const { status } = res;
  if (status === 401) return new UpstreamAuthError(upstream, status);
  if (status === 402) return new UpstreamForbiddenError(upstream, status, { banned: false });
  if (status === 403) {
    return new UpstreamForbiddenError(upstream, status, { banned: isBanPage(upstream, res) });
  }
  if (status === 404) return new UpstreamNotFoundError(upstream, status);
  if (status === 400 || status === 422) {
    const fallback = `${upstreamDisplayName(upstream)} rejected the request`;
    return new UpstreamValidationError(upstream, status, parseProblems(jsonOf(res.text), fallback));
  }
  if (status === 429) return new UpstreamRateLimitedError(upstream, retryAfterOf(res, nowMs));
  if (status >= 500 && status <= 599) return new UpstreamUnavailableError(upstream, { status });
  return new UpstreamBadResponseError(upstream, status, 'unexpected status');
}

/**
 * Kommo's ban (reference §7): nginx's own `403 Forbidden` HTML page, answered to every call. Any
 * other 403 (a JSON refusal, a proxy's or a WAF's page) refuses this request only.
 */
function isBanPage(upstream: UpstreamName, res: ErrorResponse): boolean {
  if (upstream !== 'kommo' || !looksLikeHtml(mediaType(res.headers), res.text)) return false;
  return /<title>\s*403 Forbidden\s*<\/title>/i.test(res.text) && /<center>\s*nginx/i.test(res.text);
}

function jsonOf(text: string): unknown {
  const parsed = parseJson(text);
  return parsed.ok ? parsed.value : undefined;
}

/** Kommo documents `retry_after` (seconds) in its JSON 429; a `Retry-After` header is the HTTP way. */
function retryAfterOf(res: ErrorResponse, nowMs: number): number | undefined {
  const seconds = asNumber(path(jsonOf(res.text), 'retry_after'));
  if (seconds !== undefined && seconds >= 0) return Math.round(seconds * 1000);
  return parseRetryAfter(res.headers['retry-after'], nowMs);
}
