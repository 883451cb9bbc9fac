import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The request headers a cross-origin caller may send: a fixed list (content type, credentials,
 * Apollo's preflight and client headers, request id and trace context), not whatever a preflight
 * asks for.
 */
export const ALLOWED_REQUEST_HEADERS = [
  'content-type',
  'authorization',
  'x-api-key',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollo-query-plan-experimental',
  'x-request-id',
  'traceparent',
  'tracestate',
  'apollographql-client-name',
  'apollographql-client-version',
];

/**
 * CORS for `/graphql` (CONTRACT §5.1): with `*`, any origin may read answers, as a literal `*`
 * that browsers never combine with credentials; with a list, only those origins get
 * `access-control-allow-origin` (their own origin back). Ponte reads no cookies, so it never sends
 * `access-control-allow-credentials`: browsers send `x-api-key` and `Authorization` as ordinary
 * headers, which the preflight allows.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, origins: '*' | readonly string[]): void {
  if (origins === '*') {
    res.setHeader('access-control-allow-origin', '*');
  } else {
    res.setHeader('vary', 'origin');
    const origin = req.headers.origin;
    if (origin === undefined || !origins.includes(origin)) return;
    res.setHeader('access-control-allow-origin', origin);
  }
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-allow-headers', ALLOWED_REQUEST_HEADERS.join(', '));
  // So that a browser app can report which request failed.
  res.setHeader('access-control-expose-headers', 'x-request-id');
  res.setHeader('access-control-max-age', '600');
}
