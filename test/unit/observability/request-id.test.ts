import { requestIdOf } from '../../../src/observability/request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('x-request-id', () => {
  it.each([
    '4c1b6a0e-1a7e-4b8e-9f5e-0d7f1d1f2a3b',
    '01HZX3N5Q8W4T2R7Y6V9B0C1D2',
    'Root=1-67891233-abcdef012345678912345678',
    'router:req/42+retry=1',
    'x'.repeat(128),
  ])('keeps the caller’s %s', (id) => {
    expect(requestIdOf({ 'x-request-id': id })).toBe(id);
  });

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['too long', 'x'.repeat(129)],
    ['with spaces (or two headers joined)', 'a, b'],
    ['with quotes', 'a"b'],
    ['with a line break', 'a\nb'],
    ['with non-ASCII', 'réq'],
    ['a list', ['a', 'b']],
  ])('generates a UUID when the header is %s', (_case, value) => {
    const first = requestIdOf({ 'x-request-id': value });
    const second = requestIdOf({ 'x-request-id': value });

    expect(first).toMatch(UUID);
    expect(second).not.toBe(first);
  });
});
