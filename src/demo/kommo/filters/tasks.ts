import { asInt } from '../../../lib/decode';
import { child, firstOf, intListOf, listOf, type QueryNode } from '../query/tree';
import { allOf, intField, rangeField, type Predicate } from './match';

const PLURAL: Readonly<Record<string, string>> = {
  lead: 'leads',
  contact: 'contacts',
  company: 'companies',
  customer: 'customers',
};

/**
 * Tasks `filter[...]` (reference §2.2): id, created_by, updated_by, responsible_user_id,
 * is_completed (1/0/true/false), task_type and its SDK alias task_type_id, entity_type (plural;
 * singular accepted), entity_id, created_at and updated_at ranges.
 */
export function taskFilter(filter: QueryNode | undefined): Predicate {
  return allOf([
    intField(filter, 'id'),
    intField(filter, 'created_by'),
    intField(filter, 'updated_by'),
    intField(filter, 'responsible_user_id'),
    completedFilter(filter),
    taskTypeFilter(filter),
    entityTypeFilter(filter),
    intField(filter, 'entity_id'),
    rangeField(filter, 'created_at'),
    rangeField(filter, 'updated_at'),
  ]);
}

function completedFilter(filter: QueryNode | undefined): Predicate | undefined {
  const raw = firstOf(child(filter, 'is_completed'))?.trim().toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  const wanted = raw === '1' || raw === 'true';
  return (record) => (record.is_completed === true) === wanted;
}

function taskTypeFilter(filter: QueryNode | undefined): Predicate | undefined {
  const byType = intListOf(child(filter, 'task_type'));
  const byTypeId = intListOf(child(filter, 'task_type_id'));
  if (!byType && !byTypeId) return undefined;
  const ids = [...(byType ?? []), ...(byTypeId ?? [])];
  return (record) => ids.includes(asInt(record.task_type_id) ?? NaN);
}

function entityTypeFilter(filter: QueryNode | undefined): Predicate | undefined {
  const types = listOf(child(filter, 'entity_type'))?.map((type) => PLURAL[type] ?? type);
  return types ? (record) => typeof record.entity_type === 'string' && types.includes(record.entity_type) : undefined;
}
