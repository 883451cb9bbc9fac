import { asArray, asInt, asNumber, isRecord } from '../../../lib/decode';
import { child, intListOf, listOf, rangeOf, type QueryNode, type Range } from '../query/tree';
import type { KommoRecord } from '../store';

/** Predicate building blocks over loosely typed records (test-stored records may be malformed). */

export type Predicate = (record: KommoRecord) => boolean;

export function allOf(predicates: ReadonlyArray<Predicate | undefined>): Predicate {
  const active = predicates.filter((p): p is Predicate => p !== undefined);
  return (record) => active.every((p) => p(record));
}

export function inRange(value: unknown, range: Range): boolean {
  const number = asNumber(value);
  if (number === undefined) return false;
  return (range.from === undefined || number >= range.from) && (range.to === undefined || number <= range.to);
}

/** `filter[key]` as an integer list on `field` (default: same name). */
export function intField(filter: QueryNode | undefined, key: string, field = key): Predicate | undefined {
  const ids = intListOf(child(filter, key));
  if (!ids) return undefined;
  return (record) => {
    const value = asInt(record[field]);
    return value !== undefined && ids.includes(value);
  };
}

/** `filter[key]` as a range (or a bare "from" timestamp) on `field`. */
export function rangeField(filter: QueryNode | undefined, key: string, field = key): Predicate | undefined {
  const range = rangeOf(child(filter, key));
  return range ? (record) => inRange(record[field], range) : undefined;
}

/** `filter[key]` as a list of strings compared case-insensitively with `field`. */
export function textField(filter: QueryNode | undefined, key: string, field = key): Predicate | undefined {
  const names = listOf(child(filter, key))?.map((name) => name.toLowerCase());
  if (!names) return undefined;
  return (record) => {
    const value = record[field];
    return typeof value === 'string' && names.includes(value.toLowerCase());
  };
}

/** Single-key objects of an event's `value_before`/`value_after` array, payload under `key`. */
export function payloads(value: unknown, key: string): Record<string, unknown>[] {
  return (asArray(value) ?? []).flatMap((item) => {
    const payload = isRecord(item) ? item[key] : undefined;
    return isRecord(payload) ? [payload] : [];
  });
}

/** `custom_fields_values[].values[]` of an entity, as `{field_id, value, enum_id}` rows. */
export function fieldValueRows(
  record: KommoRecord,
): Array<{ fieldId: number | undefined; value: unknown; enumId: unknown }> {
  return (asArray(record.custom_fields_values) ?? []).flatMap((entry) => {
    if (!isRecord(entry)) return [];
    const fieldId = asInt(entry.field_id);
    return (asArray(entry.values) ?? []).flatMap((value) =>
      isRecord(value) ? [{ fieldId, value: value.value, enumId: value.enum_id }] : [],
    );
  });
}
