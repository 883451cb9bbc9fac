/** Maps over a raw list, dropping rows the mapper rejects (they lack an id or a name). */
export function mapRows<T>(rows: readonly unknown[], mapper: (raw: unknown) => T | undefined): T[] {
  return rows.flatMap((row) => {
    const mapped = mapper(row);
    return mapped === undefined ? [] : [mapped];
  });
}
