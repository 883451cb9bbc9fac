import type { Context } from '../../context';
import { KOMMO_LIST_LIMIT, type QueryPairs, type RecordPath } from '../../kommo/kommo.client';
import type { ListRequest } from '../../kommo/entities/entity-query';
import type { RecordTypes } from '../../kommo/kommo.record-loaders';
import type { Page } from './connection.type';
import { argsHash, checkPageSize, pageAfter, pageInfoFor } from './cursor';
import { validate, type InputChecks } from './input-checks';
import { kommoId } from './input-rules';
import type { PageArgs } from './list-args';
import { checkOrderBy } from './list-args.rules';

/**
 * One page of leads, contacts, companies or tasks. `filter` checks the list's own arguments
 * (filter, query) and answers how to build its query; with `first`, `orderBy` and `after` they
 * are validated together (one BAD_USER_INPUT listing every problem) before the single list call.
 * The rows prime the per-request loaders, so nested fields and later by-id reads cost nothing.
 */
export async function listPage<K extends RecordPath, C extends Page<RecordTypes[K]>>(
  ctx: Context,
  connection: new () => C,
  entity: K,
  args: PageArgs,
  filter: (c: InputChecks) => (request: ListRequest) => QueryPairs,
): Promise<C> {
  const first = args.first ?? 50;
  const { first: _first, after, ...listed } = args;
  const { build, orderBy, cursor } = validate((c) => {
    const build = filter(c);
    checkPageSize(c, first, KOMMO_LIST_LIMIT);
    const orderBy = checkOrderBy(c, entity, args.orderBy);
    const cursor = pageAfter(c, entity, after, first, argsHash(listed));
    return cursor && { build, orderBy, cursor };
  });
  const result = await ctx.kommo.listRecords(entity, build({ page: cursor.page, limit: first, orderBy }));
  const nodes = ctx.loaders.kommo.primeRows(entity, result.items);
  return Object.assign(new connection(), { nodes, pageInfo: pageInfoFor(entity, cursor, result.hasNext) });
}

/** A record by id through the loaders: `null` when Kommo does not return it; BAD_USER_INPUT for a non-Kommo id. */
export function recordById<K extends RecordPath>(ctx: Context, entity: K, id: string): Promise<RecordTypes[K] | null> {
  validate((c) => kommoId(c, 'id', id));
  return ctx.loaders.kommo.byId(entity, id);
}
