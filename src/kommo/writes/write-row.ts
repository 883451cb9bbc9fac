import { toUnixSeconds } from '../../lib/decode';

/** A JSON value of a Kommo write body. */
export type WireValue = string | number | boolean | null | WireValue[] | { [key: string]: WireValue };

/** One item of a Kommo write body, snake_case exactly as Kommo takes it. */
export type WriteRow = { [key: string]: WireValue };

/** Sets `row[key]` when the input gave a value (GraphQL hands omitted fields over as undefined, explicit nulls as null). */
export function put(row: WriteRow, key: string, value: WireValue | undefined): void {
  if (value !== undefined && value !== null) row[key] = value;
}

/** An id input (validated to be numeric) as the integer Kommo expects. */
export function putId(row: WriteRow, key: string, id: string | null | undefined): void {
  if (id !== undefined && id !== null) row[key] = Number(id);
}

export function putTime(row: WriteRow, key: string, date: Date | null | undefined): void {
  if (date !== undefined && date !== null) row[key] = toUnixSeconds(date);
}

/**
 * A number in plain decimal notation, as Kommo reads numeric field values: `String` writes
 * magnitudes below 1e-6 (and from 1e21) with an exponent ("1e-7"), which is not a decimal.
 * The digits are the shortest that round-trip, so nothing is lost or invented.
 */
export function decimalString(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign = '', lead = '', fraction = '', power = '0'] = match;
  const digits = `${lead}${fraction}`;
  const exponent = Number(power);
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  return `${sign}${digits.padEnd(exponent + 1, '0')}`;
}
