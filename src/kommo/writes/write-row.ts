/** A JSON value of a Kommo write body. */
export type WireValue = string | number | boolean | null | WireValue[] | { [key: string]: WireValue };

/** One item of a Kommo write body, snake_case exactly as Kommo takes it. */
export type WriteRow = { [key: string]: WireValue };

/** Unix seconds, as Kommo takes instants. */
export function unixSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/** Sets `row[key]` when the input gave a value (GraphQL hands omitted fields over as undefined, explicit nulls as null). */
export function put(row: WriteRow, key: string, value: WireValue | undefined): void {
  if (value !== undefined && value !== null) row[key] = value;
}

/** An id input (validated to be numeric) as the integer Kommo expects. */
export function putId(row: WriteRow, key: string, id: string | null | undefined): void {
  if (id !== undefined && id !== null) row[key] = Number(id);
}

export function putTime(row: WriteRow, key: string, date: Date | null | undefined): void {
  if (date !== undefined && date !== null) row[key] = unixSeconds(date);
}
