import { isKommoId } from '../../../src/kommo/kommo-id';

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
