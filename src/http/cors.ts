import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Apollo Sandbox (and browser apps on other origins) call /graphql cross-origin, as with Apollo's
 * standalone server. No credentials are involved (tokens live server-side), so any origin may call;
 * CSRF is still prevented by Apollo's preflight requirement for non-JSON requests.
 */
export function allowCrossOrigin(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  const requested = req.headers['access-control-request-headers'];
  res.setHeader(
    'access-control-allow-headers',
    typeof requested === 'string' ? requested : 'content-type, apollo-require-preflight',
  );
  res.setHeader('access-control-max-age', '600');
}
