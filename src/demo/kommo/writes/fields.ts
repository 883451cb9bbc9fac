import { asInt, isRecord, type JsonRecord } from '../../../lib/decode';
import type { KommoRecord, KommoStore } from '../store';
import type { ItemCheck } from './check';

/** Readers of one write item's scalar fields; each records a validation error and answers `undefined` on a bad value. */

export function has(item: JsonRecord, key: string): boolean {
  return item[key] !== undefined;
}

/** `required`: present and not blank; `filled`: not blank when present; `any`: any string. */
export type TextRule = 'required' | 'filled' | 'any';

export function text(item: JsonRecord, key: string, check: ItemCheck, rule: TextRule = 'any'): string | undefined {
  const value = item[key];
  if (value === undefined || value === null) return rule === 'required' ? check.blank(key) : undefined;
  if (typeof value !== 'string') return check.type(key, 'string');
  if (rule !== 'any' && value.trim() === '') return check.blank(key);
  return value;
}

/** A whole number ≥ `min`; Kommo does not read numeric strings here. */
export function int(item: JsonRecord, key: string, check: ItemCheck, min = 0): number | undefined {
  const value = item[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) return check.type(key, 'int');
  return value;
}

export function bool(item: JsonRecord, key: string, check: ItemCheck): boolean | undefined {
  const value = item[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') return check.type(key, 'bool');
  return value;
}

/** A user id of the account; 0 (robot) only where `robot` allows it. */
export function userId(
  item: JsonRecord,
  key: string,
  store: KommoStore,
  check: ItemCheck,
  robot = false,
): number | undefined {
  const id = int(item, key, check);
  if (id === undefined || (robot && id === 0)) return id;
  return findRecord(store.users, id) ? id : check.notChoice(key);
}

export function findRecord(records: readonly KommoRecord[], id: number): KommoRecord | undefined {
  return records.find((record) => asInt(record.id) === id);
}

/** The `_embedded` object of an item or record, or `{}`. */
export function embeddedOf(item: JsonRecord): JsonRecord {
  return isRecord(item['_embedded']) ? item['_embedded'] : {};
}

/** The live `_embedded[key]` list of a stored record, created when missing. */
export function embeddedList(record: KommoRecord, key: string): unknown[] {
  const embedded = isRecord(record._embedded) ? record._embedded : (record._embedded = {});
  const list = embedded[key];
  if (Array.isArray(list)) return list;
  const created: unknown[] = [];
  embedded[key] = created;
  return created;
}
