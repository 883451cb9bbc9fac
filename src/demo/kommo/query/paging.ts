import type { SimResponse } from '../../http';
import { hal, limitExceeded, noContent } from '../responses';

/** `page`/`limit` handling and the HAL list envelope with absolute `_links` echoing the query. */

export interface PageRequest {
  page: number;
  limit: number;
}

export interface PagingRules {
  defaultLimit: number;
  maxLimit: number;
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  const parsed = Number(value);
  return parsed >= 1 ? parsed : undefined;
}

/** The requested page, or a 422 problem when `limit` is over the maximum. */
export function readPage(query: URLSearchParams, rules: PagingRules): PageRequest | SimResponse {
  const limit = positiveInt(query.get('limit')) ?? rules.defaultLimit;
  if (limit > rules.maxLimit) return limitExceeded(rules.maxLimit);
  return { page: positiveInt(query.get('page')) ?? 1, limit };
}

export function isPageRequest(value: PageRequest | SimResponse): value is PageRequest {
  return 'page' in value && 'limit' in value;
}

/** `origin + path` with the original query, `limit` and `page` set. */
export function pageHref(origin: string, path: string, query: URLSearchParams, page: number, limit: number): string {
  const params = new URLSearchParams(query);
  params.set('limit', String(limit));
  params.set('page', String(page));
  return `${origin}${path}?${params.toString()}`;
}

export function selfHref(origin: string, path: string, query: URLSearchParams): string {
  const text = query.toString();
  return `${origin}${path}${text ? `?${text}` : ''}`;
}

export interface ListOptions {
  origin: string;
  path: string;
  query: URLSearchParams;
  key: string;
  rules: PagingRules;
  /**
   * Leads, contacts, companies, tasks and events cannot count: they link `next` on every
   * non-empty page (the page after the last answers 204) and carry no totals.
   */
  alwaysNext: boolean;
  /** Users, custom fields, loss reasons: `_total_items`, `_page_count` (and custom fields `last`). */
  totals?: { last: boolean };
}

/** Pages `rows` (already filtered and ordered) into the HAL envelope; 204 when the page is empty. */
export function listPage<T>(rows: readonly T[], options: ListOptions, present: (row: T) => unknown): SimResponse {
  const request = readPage(options.query, options.rules);
  if (!isPageRequest(request)) return request;
  const { page, limit } = request;
  const slice = rows.slice((page - 1) * limit, page * limit);
  if (slice.length === 0) return noContent();
  const pageCount = Math.max(1, Math.ceil(rows.length / limit));
  const href = (n: number) => ({ href: pageHref(options.origin, options.path, options.query, n, limit) });
  const links: Record<string, { href: string }> = { self: href(page) };
  if (options.alwaysNext || page < pageCount) links.next = href(page + 1);
  if (page > 1) {
    links.first = href(1);
    links.prev = href(page - 1);
  }
  if (options.totals?.last) links.last = href(pageCount);
  const counters = options.totals
    ? { _total_items: rows.length, _page: page, _page_count: pageCount }
    : { _page: page };
  return hal({ ...counters, _links: links, _embedded: { [options.key]: slice.map(present) } });
}
