import { idChunks, MAX_QUERY_LENGTH } from '../../src/kommo/query-pairs';

const ids = (count: number, width: number) => Array.from({ length: count }, (_, i) => String(10 ** (width - 1) + i));

/** The query string the transport would send for one chunk. */
function queryOf(key: string, chunk: readonly string[], rest: ReadonlyArray<readonly [string, string]>): string {
  return [...chunk.map((id) => [key, id] as const), ...rest].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

describe('idChunks', () => {
  it('caps a chunk at maxIds when the ids are short', () => {
    expect(idChunks('filter[id][]', ids(25, 3), [['limit', '250']], 10)).toEqual([ids(10, 3), ids(20, 3).slice(10), ids(25, 3).slice(20)]);
  });

  it('cuts by URL length: 8-digit ids, with the rest of the query counted', () => {
    const rest = [['limit', '250'], ['with', 'contacts,loss_reason']] as const;
    const chunks = idChunks('filter[id][]', ids(500, 8), rest, 250);
    expect(chunks.map((chunk) => chunk.length)).toEqual([198, 198, 104]);
    expect(chunks.flat()).toEqual(ids(500, 8));
    // Fills the budget: one more id would not fit.
    expect(queryOf('filter[id][]', chunks[0] ?? [], rest).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(queryOf('filter[id][]', [...(chunks[0] ?? []), '1'.repeat(8)], rest).length).toBeGreaterThan(MAX_QUERY_LENGTH);
  });

  it('answers no chunk for no ids', () => {
    expect(idChunks('filter[id][]', [], [], 250)).toEqual([]);
  });
});
