/**
 * Rails' `params` for a request: the query string (Rack nested syntax, `a[b][]=1`) merged with
 * the body, which is parsed only when its Content-Type says JSON or form-urlencoded (a JSON
 * body sent as text/plain is ignored, as Rails ignores it). Malformed JSON is a 400.
 */
import type { SimRequest } from '../http';
import { isRecord, type JsonRecord } from '../../lib/decode';
import { ServerFailure } from './cast';

export function requestParams(req: SimRequest): JsonRecord {
  const params = rackParams(req.query);
  const body = bodyParams(req);
  for (const [key, value] of Object.entries(body)) params[key] = value;
  return params;
}

function bodyParams(req: SimRequest): JsonRecord {
  const contentType = String(req.headers['content-type'] ?? '').toLowerCase();
  const mediaType = contentType.split(';')[0]?.trim() ?? '';
  if (['application/json', 'text/x-json', 'application/jsonrequest'].includes(mediaType)) {
    if (req.body.trim() === '') return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(req.body) as unknown;
    } catch {
      throw new ServerFailure(400, 'Error occurred while parsing request parameters');
    }
    return isRecord(parsed) ? { ...parsed } : { _json: parsed };
  }
  if (mediaType === 'application/x-www-form-urlencoded') return rackParams(new URLSearchParams(req.body));
  return {};
}

/** Rack's nested parameter syntax: `a=1`, `a[]=1`, `a[b]=1`, `a[b][]=1`, `a[b][c]=1`. */
export function rackParams(search: URLSearchParams): JsonRecord {
  const params: JsonRecord = {};
  for (const [key, value] of search) assign(params, key, value);
  return params;
}

function assign(root: JsonRecord, key: string, value: string): void {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match?.[1]) {
    root[key] = value;
    return;
  }
  const path = [match[1], ...[...(match[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] ?? '')];
  let container: JsonRecord | unknown[] = root;
  for (let i = 0; i < path.length; i += 1) {
    const part = path[i] ?? '';
    const last = i === path.length - 1;
    const nextIsArray = path[i + 1] === '';
    if (Array.isArray(container)) {
      if (last) container.push(value);
      else {
        const child: JsonRecord = {};
        container.push(child);
        container = child;
      }
      continue;
    }
    if (last) {
      container[part] = value;
      return;
    }
    const existing: unknown = container[part];
    if (nextIsArray) {
      const list: unknown[] = Array.isArray(existing) ? existing : [];
      container[part] = list;
      container = list;
    } else {
      const child: JsonRecord = isRecord(existing) ? existing : {};
      container[part] = child;
      container = child;
    }
  }
}
