import { KOMMO_LIST_LIMIT, type RecordPath } from '../../kommo/kommo.client';
import { KommoEntityType } from '../common/entity-type.enum';
import { defined } from '../../lib/defined';
import { atMost, fail, kommoIds, nonEmpty, orderedRange } from '../common/input-rules';
import { OrderByField, type OrderBy } from '../common/order-by.input';
import type { LeadFilter } from '../leads/lead-filter.input';
import type { TaskFilter } from '../tasks/task-filter.input';
import type { RecordFilter } from './record-filter.input';

/**
 * The fields each list can be sorted by (reference §2.3). Contacts: the Russian contacts page and
 * seed 002 name only id and updated_at, so created_at is refused rather than silently ignored.
 */
const ORDER_FIELDS: Readonly<Record<RecordPath, readonly OrderByField[]>> = {
  leads: [OrderByField.ID, OrderByField.CREATED_AT, OrderByField.UPDATED_AT],
  contacts: [OrderByField.ID, OrderByField.UPDATED_AT],
  companies: [OrderByField.ID, OrderByField.CREATED_AT, OrderByField.UPDATED_AT],
  tasks: [OrderByField.ID, OrderByField.CREATED_AT, OrderByField.COMPLETE_TILL],
};

/**
 * Validates the filters shared by leads, contacts and companies and returns a copy without
 * `null` fields. Throws BAD_USER_INPUT naming the field; nothing has been sent upstream.
 */
export function checkRecordFilter<T extends RecordFilter>(input: T | null | undefined): T | undefined {
  if (input === null || input === undefined) return undefined;
  const filter = defined(input);
  idList('filter.ids', filter.ids);
  nameList('filter.names', filter.names);
  idList('filter.createdBy', filter.createdBy);
  idList('filter.updatedBy', filter.updatedBy);
  idList('filter.responsibleUserIds', filter.responsibleUserIds);
  orderedRange('filter.createdAt', filter.createdAt ?? undefined);
  orderedRange('filter.updatedAt', filter.updatedAt ?? undefined);
  orderedRange('filter.closestTaskAt', filter.closestTaskAt ?? undefined);
  return filter;
}

/** `checkRecordFilter` plus price, statuses, pipelines and closedAt. */
export function checkLeadFilter(input: LeadFilter | null | undefined): LeadFilter | undefined {
  const filter = checkRecordFilter(input);
  if (filter === undefined) return undefined;
  orderedRange('filter.price', filter.price ?? undefined);
  idList('filter.pipelineIds', filter.pipelineIds);
  if (filter.statuses !== undefined && filter.statuses !== null) {
    nonEmpty('filter.statuses', filter.statuses);
    // Kommo documents the indexed list but "can filter only one stage in one pipeline" (reference §2.2).
    if (filter.statuses.length > 1) {
      fail(
        'filter.statuses',
        `Kommo filters leads by one status within one pipeline only, got ${filter.statuses.length} (query each status separately)`,
      );
    }
    kommoIds(
      'filter.statuses',
      filter.statuses.flatMap((status) => [status.pipelineId, status.statusId]),
    );
  }
  orderedRange('filter.closedAt', filter.closedAt ?? undefined);
  return filter;
}

/** Validates a task filter (entityIds need an entityType that is not TASK); returns it without `null` fields. */
export function checkTaskFilter(input: TaskFilter | null | undefined): TaskFilter | undefined {
  if (input === null || input === undefined) return undefined;
  const filter = defined(input);
  idList('filter.ids', filter.ids);
  if (filter.entityType === KommoEntityType.TASK)
    fail('filter.entityType', 'tasks belong to a LEAD, CONTACT, COMPANY or CUSTOMER');
  if (filter.entityIds !== undefined) {
    idList('filter.entityIds', filter.entityIds);
    if (filter.entityType === undefined) fail('filter.entityIds', 'entityIds requires entityType');
  }
  idList('filter.taskTypeIds', filter.taskTypeIds);
  idList('filter.responsibleUserIds', filter.responsibleUserIds);
  idList('filter.createdBy', filter.createdBy);
  orderedRange('filter.updatedAt', filter.updatedAt ?? undefined);
  return filter;
}

/** The sort key, when the entity's list accepts it; `null` means Kommo's default order. */
export function checkOrderBy(entity: RecordPath, orderBy: OrderBy | null | undefined): OrderBy | undefined {
  if (orderBy === null || orderBy === undefined) return undefined;
  const allowed = ORDER_FIELDS[entity];
  if (!allowed.includes(orderBy.field)) {
    const names = allowed.map((field) => field.toUpperCase()).join(', ');
    fail('orderBy.field', `${entity} can be ordered by ${names}, not ${orderBy.field.toUpperCase()}`);
  }
  return orderBy;
}

/** Kommo's full-text `query`; a blank one is refused rather than sent as "match everything". */
export function checkSearch(query: string | null | undefined): string | undefined {
  if (query === null || query === undefined) return undefined;
  if (query.trim() === '') fail('query', 'must not be blank (omit it instead)');
  return query;
}

function idList(field: string, ids: readonly string[] | null | undefined): void {
  if (ids === undefined || ids === null) return;
  nonEmpty(field, ids);
  atMost(field, ids, KOMMO_LIST_LIMIT);
  kommoIds(field, ids);
}

function nameList(field: string, names: readonly string[] | null | undefined): void {
  if (names === undefined || names === null) return;
  nonEmpty(field, names);
  atMost(field, names, KOMMO_LIST_LIMIT, 'names');
  if (names.some((name) => name.trim() === '')) fail(field, 'names must not be blank');
}
