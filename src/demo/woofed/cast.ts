/**
 * Rails' attribute casting and strong-parameter filtering, reduced to what the simulated
 * endpoints need. These decide the quirks: `"12abc"` is id 12, `"off"` is false, an object
 * sent for a scalar key is silently dropped.
 */
import { isRecord, type JsonRecord } from '../../lib/decode';

/** Raised for what Rails turns into its default 500 page (ArgumentError, NOT NULL violation…). */
export class ServerFailure extends Error {
  constructor(
    readonly status: 400 | 404 | 500,
    message: string,
  ) {
    super(message);
    this.name = 'ServerFailure';
  }
}

/** Strong params' permitted scalars: a key holding an object or array is dropped. */
export function isPermittedScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/**
 * `params.permit(:a, :b, c: {})`: keeps permitted keys in FILTER order (that is the order
 * Rails assigns them in), scalars for scalar keys, objects for hash keys.
 */
export function permit(params: JsonRecord, scalars: readonly string[], hashes: readonly string[] = []): JsonRecord {
  const permitted: JsonRecord = {};
  for (const key of scalars) {
    if (Object.hasOwn(params, key) && isPermittedScalar(params[key])) permitted[key] = params[key];
  }
  for (const key of hashes) {
    const value = params[key];
    if (isRecord(value)) permitted[key] = value;
  }
  return permitted;
}

const FALSE_VALUES = new Set(['0', 'f', 'F', 'false', 'FALSE', 'off', 'OFF']);

/** `ActiveModel::Type::Boolean#cast`: '' and null → null; listed false values → false; else true. */
export function castBoolean(value: unknown): boolean | null {
  if (value === null || value === undefined || value === '') return null;
  if (value === false || value === 0) return false;
  if (typeof value === 'string' && FALSE_VALUES.has(value)) return false;
  return true;
}

/** Ruby's `String#to_i`: leading integer, else 0 ("12abc" → 12, "abc" → 0). */
export function rubyToI(text: string): number {
  const match = /^\s*([+-]?\d+(?:_\d+)*)/.exec(text);
  return match?.[1] ? Number.parseInt(match[1].replaceAll('_', ''), 10) : 0;
}

/** `ActiveModel::Type::Integer#cast` (also how `find(id)` reads an id). */
export function castInteger(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (value === true) return 1;
  if (value === false) return 0;
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : null;
  if (typeof value === 'string') return value.trim() === '' ? null : rubyToI(value);
  return null;
}

/** `ActiveModel::Type::String#cast`: true → "t", false → "f", numbers via to_s. */
export function castString(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value === true) return 't';
  if (value === false) return 'f';
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : null;
}

/** Ruby's `blank?` for the scalar values a JSON or form request can carry. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  return false;
}

/** Ruby's `inspect` of a request value, for error messages that echo it. */
export function rubyInspect(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? 'nil';
}
