/**
 * Guards for upstream JSON, which stays `unknown` until one of these has checked it.
 * Each returns `undefined` when the value does not have the expected type, so callers can
 * degrade field by field instead of failing a whole object.
 */
export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): JsonRecord | undefined {
  return isRecord(value) ? value : undefined;
}

export function asArray(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Integers only; Kommo sends ids as numbers, but some clients echo them as numeric strings. */
export function asInt(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) return Number(value);
  return undefined;
}

export function asBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** A string, finite number or boolean as text; `undefined` for anything else (objects, null). */
export function asScalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || asNumber(value) !== undefined) return String(value);
  return undefined;
}

/** An id as the schema exposes it: a string, from a number or a non-empty string. */
export function asId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'string' && value !== '') return value;
  return undefined;
}

/** Reads `value[k1][k2]...`, stopping at the first step that is not an object. */
export function path(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

/**
 * Unix seconds (Kommo) to a Date; `undefined` for anything else, including 0, negatives and
 * values beyond the range of Date (an Invalid Date would fail the DateTime scalar, and with it
 * the non-null field and the whole page).
 */
export function fromUnixSeconds(value: unknown): Date | undefined {
  const seconds = asInt(value);
  if (seconds === undefined || seconds <= 0) return undefined;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A Date to Kommo's whole Unix seconds (floored: an instant inside second S is S). */
export function toUnixSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
