import type { QueryPairs } from './kommo.client';

/** Kommo instants are whole Unix seconds. */
export function unixSeconds(date: Date): string {
  return String(Math.floor(date.getTime() / 1000));
}

/**
 * `filter[key][from]` / `filter[key][to]`. Kommo ranges are inclusive whole seconds: an instant
 * inside second S still matches S, so both ends are floored.
 */
export function rangePairs(query: QueryPairs, key: string, range: { from?: Date | null; to?: Date | null } | undefined): void {
  if (range?.from !== undefined && range.from !== null) query.push([`filter[${key}][from]`, unixSeconds(range.from)]);
  if (range?.to !== undefined && range.to !== null) query.push([`filter[${key}][to]`, unixSeconds(range.to)]);
}

/** `filter[key][]=a&filter[key][]=b`, the bracket-array form of Kommo's list filters. */
export function listPairs(query: QueryPairs, key: string, values: readonly string[] | null | undefined): void {
  for (const value of values ?? []) query.push([`filter[${key}][]`, value]);
}
