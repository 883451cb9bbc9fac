/** Maps over a raw list, dropping rows the mapper rejects (they lack an id or a name). */
export function mapRows<T>(rows: readonly unknown[], mapper: (raw: unknown) => T | undefined): T[] {
  // A plain loop: flatMap would allocate an array per row, and this runs for every upstream row.
  const mapped: T[] = [];
  for (const row of rows) {
    const value = mapper(row);
    if (value !== undefined) mapped.push(value);
  }
  return mapped;
}
