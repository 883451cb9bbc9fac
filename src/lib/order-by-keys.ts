/**
 * Re-orders batch results to the DataLoader keys: same length, same order, `null` for a key the
 * upstream did not return (a record that no longer exists or is not visible is not an error).
 */
export function orderByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): Array<V | null> {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}
