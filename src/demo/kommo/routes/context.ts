import { asInt } from '../../../lib/decode';
import type { SimRequest, SimResponse } from '../../http';
import type { ListOptions, PagingRules } from '../query/paging';
import { child, listOf, type QueryNode } from '../query/tree';
import type { KommoRecord, KommoStore } from '../store';
import type { KommoWebhooks } from '../webhooks';

/** What every route handler receives. */
export interface RouteContext {
  req: SimRequest;
  store: KommoStore;
  /** The simulator origin, e.g. `http://127.0.0.1:40123`: prefix of every `_links` href. */
  origin: string;
  tree: QueryNode;
  /** `with=a,b` values (any array syntax accepted). */
  withSet: ReadonlySet<string>;
  /** Regex captures of the matched route. */
  params: readonly string[];
  eventsPageLimit: number;
  webhooks: KommoWebhooks;
}

export type RouteHandler = (ctx: RouteContext) => SimResponse;

/** Lists of leads, contacts, companies, tasks, notes, users, custom fields: 50 by default, 250 at most. */
export const STANDARD_PAGING: PagingRules = { defaultLimit: 50, maxLimit: 250 };

export function withValues(tree: QueryNode): Set<string> {
  return new Set(listOf(child(tree, 'with')) ?? []);
}

export function param(ctx: RouteContext, index: number): string {
  return ctx.params[index] ?? '';
}

export function findById(records: readonly KommoRecord[], id: string | number): KommoRecord | undefined {
  const wanted = typeof id === 'number' ? id : asInt(id);
  return records.find((record) => asInt(record.id) === wanted && wanted !== undefined);
}

export function listOptions(
  ctx: RouteContext,
  key: string,
  rules: PagingRules,
  alwaysNext: boolean,
  totals?: ListOptions['totals'],
): ListOptions {
  return { origin: ctx.origin, path: ctx.req.path, query: ctx.req.query, key, rules, alwaysNext, totals };
}
