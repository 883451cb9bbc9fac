import type { SimResponse } from '../http';

/** Kommo's response shapes: HAL success, problem+json errors, 204 empty, nginx HTML pages. */

export const HAL_JSON = 'application/hal+json';
export const PROBLEM_JSON = 'application/problem+json';

export function hal(json: unknown): SimResponse {
  return { status: 200, json, contentType: HAL_JSON };
}

/** 204 with an empty body: Kommo's answer for "nothing found" and for a page past the end. */
export function noContent(): SimResponse {
  return { status: 204 };
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function problemBody(
  status: number,
  detail?: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const title = TITLES[status] ?? `HTTP ${status}`;
  return { title, type: `https://httpstatus.es/${status}`, status, detail: detail ?? title, ...extra };
}

export function problem(status: number, detail?: string, extra: Record<string, unknown> = {}): SimResponse {
  return { status, json: problemBody(status, detail, extra), contentType: PROBLEM_JSON };
}

export function unauthorized(): SimResponse {
  return problem(401, 'Invalid user name or password');
}

export function routeNotFound(method: string, url: string): SimResponse {
  return problem(404, `Cannot ${method} ${url}`);
}

export function limitExceeded(max: number): SimResponse {
  return problem(422, `Limit ${max} per page`);
}

/** Kommo's validation problem (`validation-errors` keyed by request_id, here "0"). */
export function validationFailed(path: string, detail: string): SimResponse {
  return {
    status: 400,
    json: {
      'validation-errors': [{ request_id: '0', errors: [{ code: 'InvalidFilter', path, detail }] }],
      ...problemBody(400, 'Request validation failed'),
    },
    contentType: PROBLEM_JSON,
  };
}

export function tooManyRequests(): SimResponse {
  return problem(429, 'You have sent too many requests in a given amount of time. Please try again later.', {
    retry_after: 1,
  });
}

/** The bare nginx error page users report for 429 (no Retry-After) and for the 403 ban. */
export function nginxPage(status: 403 | 429): SimResponse {
  const title = `${status} ${TITLES[status] ?? ''}`;
  const raw = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  return { status, raw, contentType: 'text/html' };
}
