import { GraphQLError } from 'graphql';
import { DateTimeScalar, parseInstant } from '../../../src/schema/scalars/date-time.scalar';

describe('DateTime', () => {
  it.each([
    ['2026-01-31T09:30:00Z', '2026-01-31T09:30:00.000Z'],
    ['2026-01-31T09:30Z', '2026-01-31T09:30:00.000Z'],
    ['2026-01-31T06:30:00.123-03:00', '2026-01-31T09:30:00.123Z'],
    ['2024-02-29T23:59:59+14:00', '2024-02-29T09:59:59.000Z'],
  ])('parses %s as %s', (input, iso) => {
    expect(parseInstant(input)?.toISOString()).toBe(iso);
  });

  it.each([
    '2099-02-31T10:00:00Z', // no 31 February: Date alone would roll it to 3 March
    '2025-02-29T10:00:00Z', // not a leap year
    '2026-04-31T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '2026-00-10T10:00:00Z',
    '2026-01-00T10:00:00Z',
    '2026-01-10T24:00:00Z', // Date alone would roll it to the next day
    '2026-01-10T10:60:00Z',
    '2026-01-10T10:00:60Z',
    '2026-01-10T10:00:00+24:00',
    '2026-01-10T10:00:00', // no offset: ambiguous
    '2026-01-10',
    'yesterday',
  ])('rejects %s', (input) => {
    expect(parseInstant(input)).toBeUndefined();
    expect(() => DateTimeScalar.parseValue(input)).toThrow(GraphQLError);
  });

  it('serialises to UTC ISO-8601', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2026, 0, 31, 9, 30)))).toBe('2026-01-31T09:30:00.000Z');
  });
});
