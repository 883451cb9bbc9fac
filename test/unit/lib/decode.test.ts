import {
  asArray,
  asBoolean,
  asId,
  asInt,
  asNumber,
  asRecord,
  asString,
  fromUnixSeconds,
  path,
} from '../../../src/lib/decode';

describe('decode guards', () => {
  it.each<[unknown, number | undefined]>([
    [42, 42],
    ['504329', 504329],
    ['-3', -3],
    [0, 0],
    [1.5, undefined],
    ['1.5', undefined],
    ['', undefined],
    ['12a', undefined],
    [null, undefined],
    [Number.NaN, undefined],
    [2 ** 53, undefined],
    ['1234567890123456', undefined],
  ])('asInt(%p) is %p', (value, expected) => {
    expect(asInt(value)).toBe(expected);
  });

  it.each<[unknown, string | undefined]>([
    [7422564, '7422564'],
    ['01pz58t6p04ymgsgfbmfyfy1mf', '01pz58t6p04ymgsgfbmfyfy1mf'],
    ['', undefined],
    [1.5, undefined],
    [null, undefined],
    [{}, undefined],
  ])('asId(%p) is %p', (value, expected) => {
    expect(asId(value)).toBe(expected);
  });

  it('reads each JSON type only from itself', () => {
    expect([
      asString('x'),
      asString(1),
      asNumber(1.5),
      asNumber('1.5'),
      asNumber(Infinity),
      asBoolean(false),
      asBoolean(0),
    ]).toEqual(['x', undefined, 1.5, undefined, undefined, false, undefined]);
    expect([asRecord({ a: 1 }), asRecord([]), asRecord(null), asArray([1]), asArray({})]).toEqual([
      { a: 1 },
      undefined,
      undefined,
      [1],
      undefined,
    ]);
  });

  it('walks paths, stopping at the first non-object', () => {
    const value = { _embedded: { statuses: [{ id: 1 }] }, result: [] };

    expect(path(value, '_embedded', 'statuses')).toEqual([{ id: 1 }]);
    expect(path(value, 'result', 'text')).toBeUndefined();
    expect(path(null, 'a')).toBeUndefined();
    expect(path(value)).toBe(value);
  });

  it.each<[unknown, string | undefined]>([
    [1573595900, '2019-11-12T21:58:20.000Z'],
    ['1573595900', '2019-11-12T21:58:20.000Z'],
    [0, undefined],
    [-1, undefined],
    [1573595900.5, undefined],
    [null, undefined],
    // Beyond the range of Date (±8.64e15 ms): an Invalid Date would fail the DateTime scalar.
    [999_999_999_999_999, undefined],
    [8_640_000_000_000, '+275760-09-13T00:00:00.000Z'],
  ])('fromUnixSeconds(%p) is %p', (value, expected) => {
    expect(fromUnixSeconds(value)?.toISOString()).toBe(expected);
  });
});
