/**
 * `GET|POST /contacts/search`: `Contact.ransack(params[:query])` paginated by Pagy 3.11
 * (10 per page, overflow → empty page). Any ArgumentError (bad predicate, bad page) becomes
 * 422 `{"errors":"Invalid search parameters","details":…}`.
 */
import type { SimResponse } from '../http';
import { rubyInspect, ServerFailure } from './cast';
import type { RouteContext } from './context';
import { ransack, RansackError } from './ransack';
import { json } from './responses';
import { renderContact } from './serialize';

/** `Contact.ransackable_attributes`. */
const SEARCHABLE = [
  'additional_attributes',
  'app_id',
  'app_type',
  'created_at',
  'custom_attributes',
  'email',
  'full_name',
  'id',
  'phone',
  'updated_at',
];
const ITEMS = 10;

export interface PagyMetadata {
  page: number;
  items: number;
  count: number;
  pages: number;
  from: number;
  last: number;
  to: number;
  prev: number | null;
  next: number | null;
}

export function searchContacts(ctx: RouteContext): SimResponse {
  try {
    const rows = [...ctx.store.contacts].sort((a, b) => a.id - b.id);
    const found = ransack(ctx.params['query'], SEARCHABLE).filter(rows);
    const pagy = paginate(found.length, ctx.params['page']);
    const page = found.slice(pagy.from === 0 ? 0 : pagy.from - 1, pagy.to);
    return json(200, { data: page.map((contact) => renderContact(ctx, contact)), pagination: pagy });
  } catch (error) {
    if (error instanceof RansackError || error instanceof PagyVariableError) {
      return json(422, { errors: 'Invalid search parameters', details: error.message });
    }
    throw error;
  }
}

class PagyVariableError extends Error {}

/** Pagy 3.11's arithmetic, including the shorter `items` on the last page and `:empty_page` overflow. */
export function paginate(count: number, rawPage: unknown): PagyMetadata {
  const page = pageNumber(rawPage);
  const pages = Math.max(Math.ceil(count / ITEMS), 1);
  if (page > pages) return { page, items: 0, count, pages, from: 0, last: pages, to: 0, prev: pages, next: null };
  const offset = ITEMS * (page - 1);
  const items = page === pages && count > 0 ? count - (pages - 1) * ITEMS : ITEMS;
  return {
    page,
    items,
    count,
    pages,
    from: count === 0 ? 0 : offset + 1,
    last: pages,
    to: count === 0 ? 0 : offset + items,
    prev: page === 1 ? null : page - 1,
    next: page === pages ? null : page + 1,
  };
}

function pageNumber(raw: unknown): number {
  if (raw === undefined || raw === null || raw === '') return 1;
  let page: number;
  if (typeof raw === 'number') page = Math.trunc(raw);
  else if (typeof raw === 'string') page = Number.parseInt(/^\s*[+-]?\d+/.exec(raw)?.[0] ?? '0', 10);
  else throw new ServerFailure(500, `undefined method 'to_i' for ${rubyInspect(raw)}`);
  if (page < 1) throw new PagyVariableError(`expected :page >= 1; got ${rubyInspect(raw)}`);
  return page;
}
