import { allOf, intField, type Predicate } from '../filters/match';
import { listPage } from '../query/paging';
import { child, firstOf } from '../query/tree';
import type { KommoEntityKind } from '../records';
import { knownTags } from '../writes/tags';
import { listOptions, STANDARD_PAGING, type RouteHandler } from './context';

/**
 * `GET /api/v4/{leads|contacts|companies}/tags` (reference §4.12): `filter[id]` (a list),
 * `filter[name]` (one exact name), `query` (full text over names); `{id, name, color}` in id
 * order, `next` only when another page exists, 204 when nothing matches.
 */
export function listTags(kind: KommoEntityKind): RouteHandler {
  return (ctx) => {
    const filter = child(ctx.tree, 'filter');
    const name = firstOf(child(filter, 'name'));
    const search = ctx.req.query.get('query')?.trim().toLowerCase();
    const byName: Predicate | undefined = name === undefined ? undefined : (tag) => tag['name'] === name;
    const bySearch: Predicate | undefined = search
      ? (tag) => String(tag['name']).toLowerCase().includes(search)
      : undefined;
    const matches = allOf([intField(filter, 'id'), byName, bySearch]);
    const rows = knownTags(ctx.store, kind)
      .filter((tag) => matches(tag))
      .sort((a, b) => a.id - b.id);
    return listPage(rows, listOptions(ctx, 'tags', STANDARD_PAGING, false), (tag) => tag);
  };
}
