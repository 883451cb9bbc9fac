/**
 * A subset of Ransack 4.1 (`search_key = :query`, `ignore_unknown_conditions = false`):
 * `<attr>[_or_<attr>…]_<predicate>` conditions ANDed together, plus `s` sorts. Blank values
 * are dropped before anything is checked; a known attribute without a predicate raises
 * "No valid predicate for <key>", an unknown attribute "Invalid search term <key>" (both
 * ArgumentErrors, which the controller turns into 422).
 */
import { asScalarText, isRecord } from '../../lib/decode';
import { rubyToI } from './cast';

export class RansackError extends Error {}

type Row = object;
const field = (row: Row, name: string): unknown => (row as Record<string, unknown>)[name];

/** Longest first, so `not_eq` wins over `eq`. */
const PREDICATES = [
  'does_not_match',
  'not_i_cont',
  'not_start',
  'not_null',
  'not_cont',
  'not_end',
  'not_eq',
  'not_in',
  'matches',
  'present',
  'i_cont',
  'start',
  'blank',
  'null',
  'cont',
  'lteq',
  'gteq',
  'end',
  'eq',
  'in',
  'lt',
  'gt',
];
const BOOLEAN_PREDICATES = new Set(['null', 'not_null', 'present', 'blank']);
const TRUE_VALUES = new Set(['true', '1', 't', 'T', 'TRUE', 'on', 'ON']);

export interface RansackSearch {
  filter<T extends Row>(rows: readonly T[]): T[];
}

export function ransack(query: unknown, attributes: readonly string[]): RansackSearch {
  const conditions: ((row: Row) => boolean)[] = [];
  const sorts: { attribute: string; desc: boolean }[] = [];
  for (const [key, raw] of Object.entries(isRecord(query) ? query : {})) {
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if ([value].flat().every((item) => isBlank(item))) continue;
    if (key === 's' || key === 'sorts') {
      for (const sort of [value].flat()) {
        const [attribute = '', direction = 'asc'] = String(sort).trim().split(/\s+/);
        if (attributes.includes(attribute)) sorts.push({ attribute, desc: direction.toLowerCase() === 'desc' });
      }
      continue;
    }
    conditions.push(condition(key, value, attributes));
  }
  return {
    filter: <T extends Row>(rows: readonly T[]): T[] => {
      const found = rows.filter((row) => conditions.every((test) => test(row)));
      for (const { attribute, desc } of [...sorts].reverse()) {
        found.sort((a, b) => compare(field(a, attribute), field(b, attribute)) * (desc ? -1 : 1));
      }
      return found;
    },
  };
}

function condition(key: string, value: unknown, attributes: readonly string[]): (row: Row) => boolean {
  const predicate = PREDICATES.find((p) => key.endsWith(`_${p}`));
  const stem = predicate ? key.slice(0, -predicate.length - 1) : key;
  const combinator = stem.includes('_and_') ? 'and' : 'or';
  const names = stem.split(/_or_|_and_/);
  if (!names.every((name) => attributes.includes(name))) throw new RansackError(`Invalid search term ${key}`);
  if (!predicate) throw new RansackError(`No valid predicate for ${key}`);
  const values = [value].flat();
  const test = (row: Row, name: string): boolean => matches(predicate, field(row, name), values);
  return (row) => (combinator === 'and' ? names.every((n) => test(row, n)) : names.some((n) => test(row, n)));
}

function matches(predicate: string, attribute: unknown, values: unknown[]): boolean {
  if (BOOLEAN_PREDICATES.has(predicate)) {
    const wanted = TRUE_VALUES.has(String(values[0]));
    const isNull = attribute === null || attribute === undefined;
    const isEmpty = isNull || attribute === '';
    const results: Record<string, boolean> = { null: isNull, not_null: !isNull, blank: isEmpty, present: !isEmpty };
    const result = results[predicate] ?? false;
    return wanted ? result : !result;
  }
  if (attribute === null || attribute === undefined) return false;
  const cast = (v: unknown): unknown => (typeof attribute === 'number' ? rubyToI(String(v)) : String(v));
  const actual = typeof attribute === 'object' && !(attribute instanceof Date) ? JSON.stringify(attribute) : attribute;
  const first = cast(values[0]);
  const text = (actual instanceof Date ? actual.toISOString() : (asScalarText(actual) ?? '')).toLowerCase();
  const needle = String(values[0]).toLowerCase();
  switch (predicate) {
    case 'eq':
      return equals(actual, first);
    case 'not_eq':
      return !equals(actual, first);
    case 'in':
      return values.some((v) => equals(actual, cast(v)));
    case 'not_in':
      return !values.some((v) => equals(actual, cast(v)));
    case 'cont':
    case 'i_cont':
      return text.includes(needle);
    case 'not_cont':
    case 'not_i_cont':
      return !text.includes(needle);
    case 'start':
      return text.startsWith(needle);
    case 'not_start':
      return !text.startsWith(needle);
    case 'end':
      return text.endsWith(needle);
    case 'not_end':
      return !text.endsWith(needle);
    case 'matches':
      return like(needle).test(text);
    case 'does_not_match':
      return !like(needle).test(text);
    case 'lt':
      return compare(actual, first) < 0;
    case 'lteq':
      return compare(actual, first) <= 0;
    case 'gt':
      return compare(actual, first) > 0;
    default:
      return compare(actual, first) >= 0;
  }
}

function equals(actual: unknown, expected: unknown): boolean {
  if (actual instanceof Date) return actual.getTime() === Date.parse(String(expected));
  return actual === expected;
}

function compare(a: unknown, b: unknown): number {
  const left = a instanceof Date ? a.getTime() : a;
  const right = b instanceof Date ? b.getTime() : a instanceof Date ? Date.parse(String(b)) : b;
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  return String(left).localeCompare(String(right));
}

/** SQL LIKE (case-insensitive, as ILIKE) with the user's own `%` and `_`. */
function like(pattern: string): RegExp {
  const source = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replaceAll('%', '.*')
    .replaceAll('_', '.');
  return new RegExp(`^${source}$`, 's');
}

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}
