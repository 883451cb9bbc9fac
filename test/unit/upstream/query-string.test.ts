import { encodeQueryKey, queryString } from '../../../src/upstream/query-string';

describe('query keys as Ponte sends them', () => {
  it.each([
    ['with', 'with'],
    ['filter[id][]', 'filter[id][]'],
    ['filter[custom_fields_values][123][from]', 'filter[custom_fields_values][123][from]'],
    ['order[created_at]', 'order[created_at]'],
    ['a-b.c~d', 'a-b.c~d'],
    ['a b', 'a%20b'],
    ['filter[ä][]', 'filter[%C3%A4][]'],
    ['x%y&z=1', 'x%25y%26z%3D1'],
    ["it's(*)!", "it's(*)!"],
  ])('%s → %s (percent-encoded but for the brackets)', (key, sent) => {
    expect(encodeQueryKey(key)).toBe(sent);
    expect(encodeQueryKey(key)).toBe(encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']'));
  });

  it('joins pairs in order, values fully encoded', () => {
    expect(
      queryString([
        ['filter[id][]', '1'],
        ['with', 'contacts,companies'],
        ['q', 'a&b'],
      ]),
    ).toBe('?filter[id][]=1&with=contacts%2Ccompanies&q=a%26b');
    expect(queryString([])).toBe('');
  });
});
