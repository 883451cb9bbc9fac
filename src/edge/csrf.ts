import type { IncomingHttpHeaders } from 'node:http';
import { ErrorCode } from '../error-codes';
import type { Refusal } from './refusal';

/** Content types a browser sends cross-site without a preflight (Apollo's list). */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
/** Headers that force a preflight, so a request carrying one was allowed by CORS (Apollo's defaults). */
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

const GET_HINT =
  'A GET query needs the header "apollo-require-preflight: true" (or "x-apollo-operation-name: <name>"), ' +
  'or send it as a POST with "content-type: application/json". ' +
  "urql: fetchOptions: { headers: { 'apollo-require-preflight': 'true' } } or preferGetMethod: false";
const POST_HINT =
  'Send the operation with "content-type: application/json" (or add the header "apollo-require-preflight: true")';

/**
 * Apollo's CSRF prevention rule, applied first so that the refusal says what to send; Apollo's own
 * check stays on behind it. A request that a browser would send cross-site without asking first
 * (no preflight-forcing content type or header) is refused, because CORS cannot stop it.
 */
export function csrfRefusal(method: string, headers: IncomingHttpHeaders, explorer: boolean): Refusal | undefined {
  const contentType = headers['content-type'];
  if (contentType !== undefined) {
    const essence = (contentType.split(';')[0] ?? '').trim().toLowerCase();
    if (!SIMPLE_CONTENT_TYPES.includes(essence)) return undefined;
  }
  if (PREFLIGHT_HEADERS.some((name) => (headers[name]?.length ?? 0) > 0)) return undefined;
  const offHint = method === 'GET' && !explorer ? ' (the explorer is off here: INTROSPECTION=false)' : '';
  return {
    status: 400,
    code: ErrorCode.BAD_USER_INPUT,
    message: `This request was blocked as a potential cross-site request forgery. ${method === 'GET' ? GET_HINT : POST_HINT}${offHint}`,
    extensions: { reason: 'CSRF_PREVENTION' },
  };
}
