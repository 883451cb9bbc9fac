import { orderByKeys } from '../../../src/lib/order-by-keys';

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
