import { KommoEntityType } from '../../schema/common/entity-type.enum';
import type { OrderBy } from '../../schema/common/order-by.input';
import type { RecordFilter } from '../../schema/common/record-filter.input';
import type { LeadFilter } from '../../schema/leads/lead-filter.input';
import type { TaskFilter } from '../../schema/tasks/task-filter.input';
import type { QueryPairs } from '../kommo.client';
import { listPairs, rangePairs } from '../query-pairs';

/** Page, size, search and sort of one list call. */
export interface ListRequest {
  page: number;
  limit: number;
  query?: string | undefined;
  orderBy?: OrderBy | undefined;
}

/** Tasks name their entity type in the plural (reference §3.4). */
const TASK_ENTITY_TYPES: Readonly<Partial<Record<KommoEntityType, string>>> = {
  [KommoEntityType.LEAD]: 'leads',
  [KommoEntityType.CONTACT]: 'contacts',
  [KommoEntityType.COMPANY]: 'companies',
  [KommoEntityType.CUSTOMER]: 'customers',
};

/**
 * GET /api/v4/{contacts|companies} the way the real API takes it (reference §2.2): id lists as
 * bracket arrays (`filter[id][]=1`), instants as `[from]`/`[to]` Unix seconds, then `query`,
 * `order[field]=asc|desc`, `page` and `limit`. Expects an already validated filter.
 */
export function buildRecordQuery(filter: RecordFilter | undefined, request: ListRequest): QueryPairs {
  const query: QueryPairs = [];
  if (filter !== undefined) recordPairs(query, filter);
  return withPaging(query, request);
}

/** GET /api/v4/leads: the record filters, then price, statuses, pipelines and closed_at. */
export function buildLeadQuery(filter: LeadFilter | undefined, request: ListRequest): QueryPairs {
  const query: QueryPairs = [];
  if (filter !== undefined) {
    recordPairs(query, filter);
    if (filter.price?.from !== undefined && filter.price.from !== null)
      query.push(['filter[price][from]', String(filter.price.from)]);
    if (filter.price?.to !== undefined && filter.price.to !== null)
      query.push(['filter[price][to]', String(filter.price.to)]);
    filter.statuses?.forEach((status, index) => {
      query.push(
        [`filter[statuses][${index}][pipeline_id]`, status.pipelineId],
        [`filter[statuses][${index}][status_id]`, status.statusId],
      );
    });
    listPairs(query, 'pipeline_id', filter.pipelineIds);
    rangePairs(query, 'closed_at', filter.closedAt ?? undefined);
  }
  return withPaging(query, request);
}

/** GET /api/v4/tasks: `filter[entity_type]=leads` + `filter[entity_id][]`, `filter[is_completed]=1|0`, `filter[task_type][]`. */
export function buildTaskQuery(filter: TaskFilter | undefined, request: ListRequest): QueryPairs {
  const query: QueryPairs = [];
  if (filter !== undefined) {
    listPairs(query, 'id', filter.ids);
    const entityType =
      filter.entityType === undefined || filter.entityType === null ? undefined : TASK_ENTITY_TYPES[filter.entityType];
    if (entityType !== undefined) query.push(['filter[entity_type]', entityType]);
    listPairs(query, 'entity_id', filter.entityIds);
    listPairs(query, 'task_type', filter.taskTypeIds);
    if (filter.isCompleted !== undefined && filter.isCompleted !== null)
      query.push(['filter[is_completed]', filter.isCompleted ? '1' : '0']);
    listPairs(query, 'responsible_user_id', filter.responsibleUserIds);
    listPairs(query, 'created_by', filter.createdBy);
    rangePairs(query, 'updated_at', filter.updatedAt ?? undefined);
  }
  return withPaging(query, request);
}

function recordPairs(query: QueryPairs, filter: RecordFilter): void {
  listPairs(query, 'id', filter.ids);
  listPairs(query, 'name', filter.names);
  listPairs(query, 'created_by', filter.createdBy);
  listPairs(query, 'updated_by', filter.updatedBy);
  listPairs(query, 'responsible_user_id', filter.responsibleUserIds);
  rangePairs(query, 'created_at', filter.createdAt ?? undefined);
  rangePairs(query, 'updated_at', filter.updatedAt ?? undefined);
  rangePairs(query, 'closest_task_at', filter.closestTaskAt ?? undefined);
}

function withPaging(query: QueryPairs, request: ListRequest): QueryPairs {
  if (request.query !== undefined) query.push(['query', request.query]);
  if (request.orderBy !== undefined) query.push([`order[${request.orderBy.field}]`, request.orderBy.direction]);
  query.push(['page', String(request.page)], ['limit', String(request.limit)]);
  return query;
}
