import { asInt } from '../../../lib/decode';
import { child, firstOf, groupsOf, intListOf, listOf, rangeOf, type QueryNode } from '../query/tree';
import type { KommoEntityKind } from '../records';
import { allOf, fieldValueRows, inRange, intField, rangeField, textField, type Predicate } from './match';

/**
 * `filter[...]` for leads, contacts and companies (reference §2.2). Unknown filter keys are ignored.
 */
export function entityFilter(filter: QueryNode | undefined, kind: KommoEntityKind): Predicate {
  const common = [
    intField(filter, 'id'),
    textField(filter, 'name'),
    intField(filter, 'created_by'),
    intField(filter, 'updated_by'),
    intField(filter, 'responsible_user_id'),
    rangeField(filter, 'created_at'),
    rangeField(filter, 'updated_at'),
    rangeField(filter, 'closest_task_at'),
    customFieldsFilter(child(filter, 'custom_fields_values')),
  ];
  if (kind !== 'leads') return allOf(common);
  return allOf([
    ...common,
    priceFilter(child(filter, 'price')),
    intField(filter, 'pipeline_id'),
    statusesFilter(child(filter, 'statuses')),
    rangeField(filter, 'closed_at'),
  ]);
}

/** `filter[price]`: a `[from]/[to]` range, else one or more exact prices. */
function priceFilter(node: QueryNode | undefined): Predicate | undefined {
  if (!node) return undefined;
  if (node.children.has('from') || node.children.has('to')) {
    const range = rangeOf(node);
    return range ? (record) => inRange(record.price, range) : undefined;
  }
  const prices = intListOf(node);
  return prices ? (record) => prices.includes(asInt(record.price) ?? NaN) : undefined;
}

/** `filter[statuses][i][pipeline_id|status_id]`: a lead matches any one pair. */
function statusesFilter(node: QueryNode | undefined): Predicate | undefined {
  const pairs = groupsOf(node).map((group) => ({
    pipelineId: asInt(firstOf(child(group, 'pipeline_id'))),
    statusId: asInt(firstOf(child(group, 'status_id'))),
  }));
  if (pairs.length === 0) return undefined;
  return (record) =>
    pairs.some(
      (pair) =>
        (pair.pipelineId === undefined || asInt(record.pipeline_id) === pair.pipelineId) &&
        (pair.statusId === undefined || asInt(record.status_id) === pair.statusId),
    );
}

/**
 * `filter[custom_fields_values][FIELD_ID][]=value` (value or enum id, case-insensitive) or
 * `filter[custom_fields_values][FIELD_ID][from]=…&[to]=…` (numeric values).
 */
export function customFieldsFilter(node: QueryNode | undefined): Predicate | undefined {
  if (!node) return undefined;
  const conditions = [...node.children.entries()].flatMap(([key, sub]) => {
    const fieldId = asInt(key);
    if (fieldId === undefined) return [];
    if (sub.children.has('from') || sub.children.has('to')) {
      const range = rangeOf(sub);
      return range
        ? [{ fieldId, test: (value: unknown) => inRange(typeof value === 'string' ? Number(value) : value, range) }]
        : [];
    }
    const wanted = listOf(sub)?.map((item) => item.toLowerCase());
    return wanted
      ? [
          {
            fieldId,
            test: (value: unknown, enumId?: unknown) =>
              wanted.includes(String(value).toLowerCase()) || wanted.includes(String(enumId)),
          },
        ]
      : [];
  });
  if (conditions.length === 0) return undefined;
  return (record) => {
    const rows = fieldValueRows(record);
    return conditions.every((condition) =>
      rows.some((row) => row.fieldId === condition.fieldId && condition.test(row.value, row.enumId)),
    );
  };
}

/** `query=`: case-insensitive substring of the name fields and custom field values; digits-only queries also match phone digits. */
export function searchFilter(query: string | null): Predicate | undefined {
  const needle = query?.trim().toLowerCase();
  if (!needle) return undefined;
  const digits = /^[\d\s()+-]+$/.test(needle) ? needle.replace(/\D/g, '') : '';
  return (record) => {
    const texts = [record.name, record.first_name, record.last_name, ...fieldValueRows(record).map((row) => row.value)]
      .filter((value) => typeof value === 'string' || typeof value === 'number')
      .map((value) => String(value).toLowerCase());
    if (texts.some((text) => text.includes(needle))) return true;
    return digits.length >= 4 && texts.some((text) => text.replace(/\D/g, '').includes(digits));
  };
}

/** Whether `record` sits in the trash (`is_deleted: true`). */
export function isTrashed(record: Record<string, unknown>): boolean {
  return record.is_deleted === true;
}
