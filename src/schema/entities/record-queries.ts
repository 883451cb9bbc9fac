import type { Context } from '../../context';
import { KOMMO_LIST_LIMIT, type QueryPairs, type RecordPath } from '../../kommo/kommo.client';
import type { ListRequest } from '../../kommo/entities/entity-query';
import type { RecordTypes } from '../../kommo/kommo.record-loaders';
import type { Page } from '../common/connection.type';
import { argsHash, assertPageSize, pageAfter, pageInfoFor } from '../common/cursor';
import { kommoIds } from '../common/input-rules';
import type { PageArgs } from '../common/list-args';
import { checkOrderBy } from './entity-filter.rules';

/**
 * One page of leads, contacts, companies or tasks. Validates `first`, `orderBy` and `after`
 * (the caller has validated its filter) before the single list call; the rows prime the
 * per-request loaders, so nested fields and later by-id reads of them cost nothing.
 */
export async function listPage<K extends RecordPath, C extends Page<RecordTypes[K]>>(
  ctx: Context,
  connection: new () => C,
  entity: K,
  args: PageArgs,
  build: (request: ListRequest) => QueryPairs,
): Promise<C> {
  const first = args.first ?? 50;
  assertPageSize(first, KOMMO_LIST_LIMIT);
  const orderBy = checkOrderBy(entity, args.orderBy);
  const { first: _first, after, ...listed } = args;
  const cursor = pageAfter(entity, after, first, argsHash(listed));
  const result = await ctx.kommo.listRecords(entity, build({ page: cursor.page, limit: first, orderBy }));
  const nodes = ctx.loaders.kommo.primeRows(entity, result.items);
  return Object.assign(new connection(), { nodes, pageInfo: pageInfoFor(entity, cursor, result.hasNext) });
}

/** A record by id through the loaders: `null` when Kommo does not return it; BAD_USER_INPUT for a non-Kommo id. */
export function recordById<K extends RecordPath>(ctx: Context, entity: K, id: string): Promise<RecordTypes[K] | null> {
  kommoIds('id', [id]);
  return ctx.loaders.kommo.byId(entity, id);
}
