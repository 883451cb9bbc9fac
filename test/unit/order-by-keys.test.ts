import { isKommoId, once, orderByKeys } from '../../src/lib/order-by-keys';

interface Row {
  id: string;
  name: string;
}

describe('orderByKeys', () => {
  const rows: Row[] = [
    { id: '3', name: 'c' },
    { id: '1', name: 'a' },
    { id: '99', name: 'not asked' },
  ];

  it('answers in key order, same length, null for missing keys', () => {
    expect(orderByKeys(['1', '2', '3'], rows, (row) => row.id)).toEqual([
      { id: '1', name: 'a' },
      null,
      { id: '3', name: 'c' },
    ]);
  });

  it('answers a repeated key twice', () => {
    expect(orderByKeys(['3', '3'], rows, (row) => row.id)).toEqual([
      { id: '3', name: 'c' },
      { id: '3', name: 'c' },
    ]);
  });

  it('answers all nulls for an empty page and nothing for no keys', () => {
    expect(orderByKeys(['1', '2'], [], (row: Row) => row.id)).toEqual([null, null]);
    expect(orderByKeys([], rows, (row) => row.id)).toEqual([]);
  });

  it('keeps the last of duplicate rows', () => {
    expect(
      orderByKeys(
        [7],
        [
          { id: 7, v: 'old' },
          { id: 7, v: 'new' },
        ],
        (row) => row.id,
      ),
    ).toEqual([{ id: 7, v: 'new' }]);
  });
});

describe('once', () => {
  it('calls the loader once and shares its promise', async () => {
    let calls = 0;
    const load = once(async () => {
      calls += 1;
      return [calls];
    });

    const [first, second] = await Promise.all([load(), load()]);

    expect({ first, second, third: await load(), calls }).toEqual({ first: [1], second: [1], third: [1], calls: 1 });
  });
});

describe('isKommoId', () => {
  it.each(['1', '142', '6232965', '9007199254740991'])('accepts %p', (id) => {
    expect(isKommoId(id)).toBe(true);
  });

  it.each(['', '0', '007', '-1', '1.5', ' 1', 'abc', '01pz58t6p04ymgsgfbmfyfy1mf', '12345678901234567'])(
    'rejects %p',
    (id) => {
      expect(isKommoId(id)).toBe(false);
    },
  );
});
