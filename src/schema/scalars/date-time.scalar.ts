import { ErrorCode } from '../../error-codes';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * Parses an ISO-8601 instant with an explicit offset; anything else is `undefined`. `Date` alone
 * would roll impossible dates over (2099-02-31 → 2099-03-03, T24:00 → the next day), so every
 * part is range-checked and the calendar date must survive the round trip.
 */
export function parseInstant(value: string): Date | undefined {
  const match = ISO_INSTANT.exec(value);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  if (hour! > 23 || minute! > 59 || second! > 59 || offsetHours! > 23 || offsetMinutes! > 59) return undefined;
  const calendar = new Date(Date.UTC(year!, month! - 1, day));
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month! - 1 || calendar.getUTCDate() !== day)
    return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function parse(value: unknown): Date {
  const date = typeof value === 'string' ? parseInstant(value) : undefined;
  if (date === undefined) {
    throw new GraphQLError('DateTime must be an ISO-8601 instant with an offset, e.g. 2026-01-31T09:30:00Z', {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  return date;
}

/** ISO-8601 UTC instants out (`2026-01-31T09:30:00.000Z`); ISO-8601 with any offset in. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, as an ISO-8601 string in UTC (e.g. 2026-01-31T09:30:00.000Z). Inputs may use any offset.',
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    throw new GraphQLError('DateTime cannot represent an invalid date');
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) return parse(undefined);
    return parse(ast.value);
  },
});
