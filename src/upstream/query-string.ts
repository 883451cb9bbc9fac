/** Characters `encodeURIComponent` leaves alone, plus the brackets kept raw. */
const PLAIN_KEY = /^[\w.~\-[\]]*$/;

/**
 * A query key as Ponte sends it: percent-encoded except for `[` and `]`. Kommo's own docs and
 * `_links` write `filter[id][]=…` with raw brackets, and encoding them (`%5B%5D`) triples their
 * size: 250 ids in `filter[id][]` would outgrow the 8 KB request line of Kommo's nginx.
 */
export function encodeQueryKey(key: string): string {
  // Nearly every key (`with`, `limit`, `filter[id][]`) has nothing to encode: skip the two rewrites.
  if (PLAIN_KEY.test(key)) return key;
  return encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']');
}

/** `?k=v&…` in order, or '' for no pairs. */
export function queryString(query: ReadonlyArray<readonly [string, string]> | undefined): string {
  if (!query || query.length === 0) return '';
  return '?' + query.map(([key, value]) => `${encodeQueryKey(key)}=${encodeURIComponent(value)}`).join('&');
}
