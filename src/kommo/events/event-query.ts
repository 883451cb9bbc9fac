import { withoutNulls, type EventFilter, type EventValueFilter } from '../../schema/events/event-filter.input';
import type { QueryPairs } from '../kommo.client';
import { rangePairs } from '../query-pairs';

/**
 * Builds the query string of GET /api/v4/events the way the real API takes it: list filters
 * comma-joined as the official SDK sends them (`filter[type]=a,b`), ranges as `[from]`/`[to]` in
 * Unix seconds, value filters nested as in Kommo's filtration docs
 * (`filter[value_after][leads_statuses][0][pipeline_id]=…`). Expects an already validated filter.
 */
export function buildEventQuery(input: EventFilter | undefined, page: number, limit: number): QueryPairs {
  const filter = input === undefined ? undefined : withoutNulls(input);
  const query: QueryPairs = [];
  const list = (key: string, values: readonly string[] | undefined): void => {
    if (values !== undefined && values.length > 0) query.push([`filter[${key}]`, values.join(',')]);
  };
  if (filter !== undefined) {
    list('id', filter.ids);
    list(
      'type',
      filter.customFieldId !== undefined ? [`custom_field_${filter.customFieldId}_value_changed`] : filter.types,
    );
    list('entity', filter.entityTypes);
    list('entity_id', filter.entityIds);
    list('created_by', filter.createdBy);
    rangePairs(query, 'created_at', filter.createdAt);
    valueFilter(query, 'value_before', filter.valueBefore);
    valueFilter(query, 'value_after', filter.valueAfter);
  }
  query.push(['page', String(page)], ['limit', String(limit)]);
  return query;
}

function valueFilter(query: QueryPairs, key: string, value: EventValueFilter | undefined): void {
  if (value === undefined) return;
  const prefix = `filter[${key}]`;
  value.leadStatuses?.forEach((status, index) => {
    query.push([`${prefix}[leads_statuses][${index}][pipeline_id]`, status.pipelineId]);
    query.push([`${prefix}[leads_statuses][${index}][status_id]`, status.statusId]);
  });
  if (value.responsibleUserIds !== undefined)
    query.push([`${prefix}[responsible_user_id]`, value.responsibleUserIds.join(',')]);
  if (value.customFieldEnumIds !== undefined)
    query.push([`${prefix}[custom_field_values]`, value.customFieldEnumIds.join(',')]);
  if (value.value !== undefined) query.push([`${prefix}[value]`, value.value]);
}
