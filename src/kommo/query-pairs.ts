import { toUnixSeconds } from '../lib/decode';
import { encodeQueryKey } from '../upstream/query-string';
import type { QueryPairs } from './kommo.client';

/**
 * `filter[key][from]` / `filter[key][to]`. Kommo ranges are inclusive whole seconds: an instant
 * inside second S still matches S, so both ends are floored.
 */
export function rangePairs(
  query: QueryPairs,
  key: string,
  range: { from?: Date | null; to?: Date | null } | undefined,
): void {
  if (range?.from !== undefined && range.from !== null)
    query.push([`filter[${key}][from]`, String(toUnixSeconds(range.from))]);
  if (range?.to !== undefined && range.to !== null) query.push([`filter[${key}][to]`, String(toUnixSeconds(range.to))]);
}

/** `filter[key][]=a&filter[key][]=b`, the bracket-array form of Kommo's list filters. */
export function listPairs(query: QueryPairs, key: string, values: readonly string[] | null | undefined): void {
  for (const value of values ?? []) query.push([`filter[${key}][]`, value]);
}

/**
 * The longest query string Ponte sends Kommo. nginx (Kommo's edge) answers 414 when the request
 * line outgrows its 8 KB header buffer; 250 ten-digit ids in `filter[id][]` take about 6.3 KB,
 * `filter[entity_id][]` more, so id batches are cut by length as well as by count.
 */
export const MAX_QUERY_LENGTH = 7000;

/** `key=value` as the transport sends it (`encodeQueryKey`). */
function encodedLength([key, value]: readonly [string, string]): number {
  return encodeQueryKey(key).length + 1 + encodeURIComponent(value).length;
}

/**
 * Splits `ids` into batches of at most `maxIds` whose `key=id` pairs, together with the `rest` of
 * the query, stay within `MAX_QUERY_LENGTH` characters (separators included). Order is kept.
 */
export function idChunks(key: string, ids: readonly string[], rest: Readonly<QueryPairs>, maxIds: number): string[][] {
  // Every pair is counted with a separator: one character too many at worst.
  const base = rest.reduce((sum, pair) => sum + encodedLength(pair) + 1, 0);
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let length = base;
  for (const id of ids) {
    const added = encodedLength([key, id]) + 1;
    if (chunk.length > 0 && (chunk.length >= maxIds || length + added > MAX_QUERY_LENGTH)) {
      chunks.push(chunk);
      chunk = [];
      length = base;
    }
    chunk.push(id);
    length += added;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
