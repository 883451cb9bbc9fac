import { buildTaskQuery } from '../../kommo/entities/entity-query';
import { KOMMO_LIST_LIMIT, RECORD_WITH, type QueryPairs, type RecordPath } from '../../kommo/kommo.client';
import { idChunks } from '../../kommo/query-pairs';
import { KommoEntityType } from '../../schema/common/entity-type.enum';
import { OrderByField, SortDirection } from '../../schema/common/order-by.input';

/**
 * What the estimate assumes of the data it cannot see before the query runs (README, "Running in
 * production"). Lists nested in a record have no `first`: they are taken to hold, on average over
 * the records of one response, at most this many items. A response whose nested lists are longer
 * on average can cost more than its estimate; the run-time count still stops it at the limit.
 */
export const NESTED_LIST_ITEMS: Readonly<Record<string, number>> = {
  'Lead.contacts': 5,
  'Contact.leads': 5,
  'Company.contacts': 10,
  'Company.leads': 10,
  /** Tasks of one lead, contact or company. */
  tasks: 10,
  'LinkEvent.linked': 10,
  'LinkEvent.unlinked': 10,
  /** Events of one WoofedCRM deal. */
  'Deal.events': 100,
  /** A page of a WoofedCRM contact search (Pagy's fixed size). */
  'WoofedContactPage.contacts': 10,
  /** Deals of one WoofedCRM contact. */
  'WoofedContact.deals': 10,
  /** Kommo allows 50 pipelines an account. */
  'Query.pipelines': 50,
  'Query.users': KOMMO_LIST_LIMIT,
};

/** Any other list that no `first` bounds (statuses, tags, custom field values…). */
export const DEFAULT_LIST_ITEMS = 100;

/**
 * Ids are taken to have at most ten digits (Kommo's have eight or nine today): 250 of them fit one
 * `filter[id][]` call. Longer ids make the client cut batches smaller than the estimate counts.
 */
const LONGEST_KOMMO_ID = '9'.repeat(10);

/**
 * How many ids one `filter[…][]` call carries at least: the client cuts a batch by count (250) and
 * by URL length (`idChunks`), so this asks `idChunks` itself, with the longest ids there are.
 */
function idsPerCall(key: string, rest: QueryPairs): number {
  const ids = Array.from({ length: KOMMO_LIST_LIMIT }, () => LONGEST_KOMMO_ID);
  return idChunks(key, ids, rest, KOMMO_LIST_LIMIT)[0]?.length ?? 1;
}

const LIMIT: readonly [string, string] = ['limit', String(KOMMO_LIST_LIMIT)];

/** Records read by id (`listByIds`: limit, then `with`). */
export function recordIdsPerCall(entity: RecordPath): number {
  const links = RECORD_WITH[entity];
  return idsPerCall('filter[id][]', links === undefined ? [LIMIT] : [LIMIT, ['with', links]]);
}

/** Notes and tags by id (`filter[id][]` and limit only). */
export const REFERENCE_IDS_PER_CALL = idsPerCall('filter[id][]', [LIMIT]);

/** Owners in one tasks-of-records call, measured with the longest entity type and a page number longer than any walk sends. */
export const TASK_OWNERS_PER_CALL = idsPerCall(
  'filter[entity_id][]',
  buildTaskQuery(
    { entityType: KommoEntityType.COMPANY, entityIds: [] },
    { page: 99999, limit: KOMMO_LIST_LIMIT, orderBy: { field: OrderByField.ID, direction: SortDirection.ASC } },
  ),
);
