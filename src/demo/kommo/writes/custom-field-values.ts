import { asArray, asInt, asString, isRecord, type JsonRecord } from '../../../lib/decode';
import type { KommoRecord } from '../store';
import type { ItemCheck } from './check';

/**
 * `custom_fields_values` on write (reference §4.11): each entry names its field by `field_id` or
 * `field_code`; `values: null` clears the field. Values are checked against the field's type and
 * stored as Kommo serves them (numbers as strings, dates as Unix seconds, enums with their ids).
 */

export interface FieldUpdate {
  def: KommoRecord;
  values: JsonRecord[] | null;
}

const TEXT = new Set(['text', 'textarea', 'url', 'streetaddress']);
const NUMERIC = new Set(['numeric', 'price', 'monetary']);
const DATES = new Set(['date', 'date_time', 'birthday']);
const ENUMS = new Set(['select', 'multiselect', 'radiobutton']);
const MULTI = new Set(['multiselect', 'multitext']);

/** Validated updates in input order; errors go to `check`. */
export function readFieldValues(raw: unknown, defs: readonly KommoRecord[], check: ItemCheck): FieldUpdate[] {
  if (raw === undefined || raw === null) return [];
  const entries = asArray(raw);
  if (!entries) {
    check.type('custom_fields_values', 'array');
    return [];
  }
  return entries.flatMap((entry, index): FieldUpdate[] => {
    const at = `custom_fields_values.${index}`;
    if (!isRecord(entry)) {
      check.type(at, 'array');
      return [];
    }
    const def = fieldOf(entry, defs, at, check);
    if (!def) return [];
    if (entry['values'] === null) return [{ def, values: null }];
    const values = asArray(entry['values']);
    if (!values) {
      check.type(`${at}.values`, 'array');
      return [];
    }
    if (values.length > 1 && !MULTI.has(String(def.type))) {
      check.fail(`${at}.values`, 'Count', 'This collection should contain 1 element or less.');
      return [];
    }
    const stored = values.map((value, position) => storedValue(value, def, `${at}.values.${position}`, check));
    return stored.every((value): value is JsonRecord => value !== undefined) ? [{ def, values: stored }] : [];
  });
}

function fieldOf(
  entry: JsonRecord,
  defs: readonly KommoRecord[],
  at: string,
  check: ItemCheck,
): KommoRecord | undefined {
  if (entry['field_id'] !== undefined) {
    const id = asInt(entry['field_id']);
    const def = defs.find((field) => id !== undefined && asInt(field.id) === id);
    if (!def) check.notChoice(`${at}.field_id`);
    return def;
  }
  const code = asString(entry['field_code']);
  if (code === undefined) {
    check.blank(`${at}.field_id`);
    return undefined;
  }
  const def = defs.find((field) => field.code === code);
  if (!def) check.notChoice(`${at}.field_code`);
  return def;
}

function storedValue(raw: unknown, def: KommoRecord, at: string, check: ItemCheck): JsonRecord | undefined {
  if (!isRecord(raw)) {
    check.type(at, 'array');
    return undefined;
  }
  const type = String(def.type);
  const value = raw['value'];
  if (TEXT.has(type)) return typeof value === 'string' ? { value } : check.type(`${at}.value`, 'string');
  if (NUMERIC.has(type)) return numeric(value) ?? check.type(`${at}.value`, 'numeric string');
  if (type === 'checkbox') return typeof value === 'boolean' ? { value } : check.type(`${at}.value`, 'bool');
  if (DATES.has(type)) return timestamp(value) ?? check.type(`${at}.value`, 'timestamp');
  if (ENUMS.has(type)) return enumValue(raw, def, at, check);
  if (type === 'multitext') return multitext(raw, def, at, check);
  check.notChoice(`${at}`);
  return undefined;
}

function numeric(value: unknown): JsonRecord | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return { value: String(value) };
  return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? { value } : undefined;
}

function timestamp(value: unknown): JsonRecord | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return { value };
  const ms = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? undefined : { value: Math.floor(ms / 1000) };
}

type Enum = { id: number; value: string; code: string | undefined };

function enumsOf(def: KommoRecord): Enum[] {
  return (asArray(def.enums) ?? []).filter(isRecord).flatMap((item) => {
    const id = asInt(item['id']);
    const value = asString(item['value']);
    return id === undefined || value === undefined ? [] : [{ id, value, code: asString(item['code']) }];
  });
}

/** By `enum_id`, `enum_code` (the old docs spell it `enum`) or, for selects, the option's `value`. */
function pickEnum(
  raw: JsonRecord,
  enums: readonly Enum[],
  at: string,
  check: ItemCheck,
  byValue: boolean,
): Enum | null | undefined {
  if (raw['enum_id'] !== undefined) {
    const found = enums.find((item) => item.id === asInt(raw['enum_id']));
    if (!found) check.notChoice(`${at}.enum_id`);
    return found;
  }
  const code = asString(raw['enum_code']) ?? asString(raw['enum']);
  if (code !== undefined) {
    const found = enums.find((item) => (item.code ?? item.value) === code);
    if (!found) check.notChoice(`${at}.enum_code`);
    return found;
  }
  if (!byValue) return null;
  const found = enums.find((item) => item.value === raw['value']);
  if (!found) check.notChoice(`${at}.value`);
  return found;
}

function enumValue(raw: JsonRecord, def: KommoRecord, at: string, check: ItemCheck): JsonRecord | undefined {
  const found = pickEnum(raw, enumsOf(def), at, check, true);
  if (!found) return undefined;
  return { value: found.value, enum_id: found.id, ...(found.code === undefined ? {} : { enum_code: found.code }) };
}

/** PHONE/EMAIL style: a text plus its kind; INFERRED: without a kind Kommo files it under WORK. */
function multitext(raw: JsonRecord, def: KommoRecord, at: string, check: ItemCheck): JsonRecord | undefined {
  const value = raw['value'];
  if (typeof value !== 'string' || value.trim() === '') return check.type(`${at}.value`, 'string');
  const enums = enumsOf(def);
  const picked = pickEnum(raw, enums, at, check, false);
  if (picked === undefined) return undefined;
  const found = picked ?? enums.find((item) => (item.code ?? item.value) === 'WORK') ?? enums[0];
  return found ? { value, enum_id: found.id, enum_code: found.code ?? found.value } : { value };
}

/** Replaces the values of each named field, keeps the others; no values left → `null`, as Kommo serves it. */
export function applyFieldValues(record: KommoRecord, updates: readonly FieldUpdate[]): void {
  if (updates.length === 0) return;
  const current = (asArray(record.custom_fields_values) ?? []).filter(isRecord);
  const next = [...current];
  for (const { def, values } of updates) {
    const position = next.findIndex((entry) => asInt(entry['field_id']) === asInt(def.id));
    const entry = {
      field_id: def.id,
      field_name: def.name,
      field_code: def.code ?? null,
      field_type: def.type,
      values,
    };
    if (values === null || values.length === 0) {
      if (position >= 0) next.splice(position, 1);
    } else if (position >= 0) next[position] = entry;
    else next.push(entry);
  }
  record.custom_fields_values = next.length > 0 ? next : null;
}
