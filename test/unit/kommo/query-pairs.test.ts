import { idChunks, MAX_QUERY_LENGTH } from '../../../src/kommo/query-pairs';
import { queryString } from '../../../src/upstream/query-string';

const ids = (count: number, width: number) => Array.from({ length: count }, (_, i) => String(10 ** (width - 1) + i));

/** The query string the transport would send for one chunk (without the leading `?`). */
function queryOf(key: string, chunk: readonly string[], rest: ReadonlyArray<readonly [string, string]>): string {
  return queryString([...chunk.map((id) => [key, id] as const), ...rest]).slice(1);
}

describe('idChunks', () => {
  it('caps a chunk at maxIds when the ids are short', () => {
    expect(idChunks('filter[id][]', ids(25, 3), [['limit', '250']], 10)).toEqual([
      ids(10, 3),
      ids(20, 3).slice(10),
      ids(25, 3).slice(20),
    ]);
  });

  it('fits 250 ten-digit ids in one call (brackets are sent raw)', () => {
    const rest = [
      ['limit', '250'],
      ['with', 'contacts,loss_reason'],
    ] as const;
    expect(idChunks('filter[id][]', ids(500, 10), rest, 250).map((chunk) => chunk.length)).toEqual([250, 250]);
  });

  it('cuts by URL length: long ids, with the rest of the query counted', () => {
    const rest = [
      ['limit', '250'],
      ['with', 'contacts,loss_reason'],
    ] as const;
    const chunks = idChunks('filter[id][]', ids(500, 20), rest, 250);
    expect(chunks.map((chunk) => chunk.length)).toEqual([204, 204, 92]);
    expect(chunks.flat()).toEqual(ids(500, 20));
    // Fills the budget: one more id would not fit.
    expect(queryOf('filter[id][]', chunks[0] ?? [], rest).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(queryOf('filter[id][]', [...(chunks[0] ?? []), '1'.repeat(20)], rest).length).toBeGreaterThan(
      MAX_QUERY_LENGTH,
    );
  });

  it('answers no chunk for no ids', () => {
    expect(idChunks('filter[id][]', [], [], 250)).toEqual([]);
  });
});
