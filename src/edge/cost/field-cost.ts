import type { RecordPath } from '../../kommo/kommo.client';
import { isRecord } from '../../lib/decode';
import { DEFAULT_LIST_ITEMS, NESTED_LIST_ITEMS } from './assumptions';
import { type CostSheet, Moments } from './cost-sheet';

/** The objects a selection set is resolved on, as far as the estimate can tell before running it. */
export interface Scope {
  /** How many objects, at most. */
  n: number;
  /** When they become available to their field resolvers. */
  at: Moments;
  /** A connection's page size: the number of its `nodes`. */
  items?: number | undefined;
  /** The record type of custom field values (they name their definition by id only). */
  owner?: RecordPath | undefined;
  /** How many distinct WoofedCRM deals the objects' `deal` fields can name (the events of deals). */
  deals?: number | undefined;
  /** The objects are deals listed under a WoofedCRM contact, whose read (cached per request) also holds their events. */
  contactRead?: boolean | undefined;
}

/** One field of the query on the objects of `scope`, with its argument values. */
export interface CostedField {
  sheet: CostSheet;
  scope: Scope;
  args: Readonly<Record<string, unknown>>;
  /** `Type.field`, the key of the size assumptions. */
  name: string;
  /** The field answers a list. */
  list: boolean;
}

/** Adds the calls a field causes to the sheet and answers the objects its selection is resolved on. */
export type FieldCost = (field: CostedField) => Scope;

/** Items one list field holds per parent object: a connection's `first`, or the assumption. */
export function itemsPerParent(field: CostedField): number {
  if (!field.list) return 1;
  return field.scope.items ?? NESTED_LIST_ITEMS[field.name] ?? DEFAULT_LIST_ITEMS;
}

/** Resolved from the parent's own data: no call. */
export const free: FieldCost = (field) => ({ n: field.scope.n * itemsPerParent(field), at: field.scope.at });

/** Reference data read whole once per request (users, pipelines, task types, loss reasons, custom fields). */
export function referenceList(name: string): FieldCost {
  return (field) => {
    field.sheet.referenceList(name);
    return free(field);
  };
}

/** `first` as the resolver takes it: its default when omitted, at most `max` (more is refused without a call). */
export function pageSize(args: CostedField['args'], fallback: number, max: number): number {
  const first = args['first'];
  return typeof first === 'number' && first >= 1 ? Math.min(first, max) : fallback;
}

/**
 * One list call per parent (a root list): a connection whose `nodes` hold `first` items, or fewer
 * when the filter names the records by id.
 */
export function listPage(fallback: number, max: number): FieldCost {
  return (field) => {
    field.sheet.calls(field.scope.n);
    const filter = field.args['filter'];
    const ids = isRecord(filter) && Array.isArray(filter['ids']) ? filter['ids'].length : Number.POSITIVE_INFINITY;
    const items = Math.min(pageSize(field.args, fallback, max), ids);
    return { n: field.scope.n, at: new Moments(field.scope.n), items };
  };
}

/** One call per parent that nothing batches or caches (`GET /events/{id}`). */
export const single: FieldCost = (field) => {
  field.sheet.calls(field.scope.n);
  return { n: field.scope.n, at: new Moments(field.scope.n) };
};

/**
 * A DataLoader read of the parent's id (or ids, for a list): `loaders` when the record's type
 * decides between several. `perCall` ids go in one call.
 */
export function byId(loaders: readonly string[], perCall: number): FieldCost {
  return (field) => {
    const keys = field.scope.n * itemsPerParent(field);
    return { n: keys, at: field.sheet.load({ loaders, at: field.scope.at, keys, perCall }) };
  };
}

/**
 * A root read by the `id` argument through a loader: ids that cannot exist upstream cost nothing,
 * and the same id twice (aliases) is one key.
 */
export function byIdArgument(loader: string, perCall: number, valid: (id: string) => boolean): FieldCost {
  return (field) => {
    const id = field.args['id'];
    if (typeof id !== 'string' || !valid(id)) return { n: 0, at: new Moments(0) };
    const at = field.sheet.load({ loaders: [loader], at: field.scope.at, keys: 1, perCall, value: id });
    return { n: 1, at };
  };
}
