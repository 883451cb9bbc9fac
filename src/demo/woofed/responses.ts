/**
 * Response bodies exactly as the real server renders them: controller JSON, and Rails'
 * default error pages (JSON only when the Accept header asks for JSON, HTML otherwise).
 */
import type { SimRequest, SimResponse } from '../http';

export const JSON_TYPE = 'application/json; charset=utf-8';
const HTML_TYPE = 'text/html; charset=utf-8';

export function json(status: number, body: unknown): SimResponse {
  return { status, json: body, contentType: JSON_TYPE };
}

export const unauthorized = (): SimResponse => json(401, { errors: 'Unauthorized' });
/** `find` that raised RecordNotFound, through the API's exception handler. */
export const recordNotFound = (): SimResponse => json(404, { error: 'Resource could not be found' });
/** Controllers that use `find_by_id` and render their own 404. */
export const notFoundErrors = (): SimResponse => json(404, { errors: 'Not found' });
export const unprocessable = (errors: string[]): SimResponse => json(422, { errors });

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  500: 'Internal Server Error',
};

const HTML_TITLE: Record<number, string> = {
  400: 'The server cannot process the request due to a client error (400 Bad Request)',
  404: "The page you were looking for doesn't exist (404)",
  500: "We're sorry, but something went wrong (500)",
};

/** Rails' public exceptions app: `{"status":500,"error":"Internal Server Error"}` or the HTML page. */
export function railsErrorPage(req: SimRequest, status: 400 | 404 | 500): SimResponse {
  const error = STATUS_TEXT[status] ?? 'Error';
  if (wantsJson(req)) return json(status, { status, error });
  const title = HTML_TITLE[status] ?? error;
  const raw = [
    '<!DOCTYPE html>',
    '<html>',
    `<head><title>${title}</title></head>`,
    `<body><div class="dialog"><h1>${title}</h1></div></body>`,
    '</html>',
    '',
  ].join('\n');
  return { status, raw, contentType: HTML_TYPE };
}

/**
 * Rails' format negotiation: a `.json` path, or an Accept header whose preferred type is JSON.
 * Browser-like headers (a list that includes `*\/*`) are ignored and mean HTML.
 */
function wantsJson(req: SimRequest): boolean {
  if (req.path.endsWith('.json')) return true;
  const accept = req.headers.accept;
  if (typeof accept !== 'string' || accept.trim() === '') return false;
  if (/,\s*\*\/\*|\*\/\*\s*,/.test(accept)) return false;
  const ranked = accept
    .split(',')
    .map((part, index) => {
      const [type = '', ...parameters] = part.split(';').map((p) => p.trim().toLowerCase());
      const q = parameters.find((p) => p.startsWith('q='));
      return { type, q: q ? Number(q.slice(2)) : 1, index };
    })
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ['application/json', 'text/x-json', 'application/jsonrequest'].includes(ranked[0]?.type ?? '');
}
