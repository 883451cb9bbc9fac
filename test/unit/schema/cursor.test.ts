import { GraphQLError } from 'graphql';
import * as cursors from '../../../src/schema/common/cursor';
import { validate } from '../../../src/schema/common/input-checks';

const { encodeCursor } = cursors;
const decodeCursor = (scope: string, after: string, first: number) =>
  validate((c) => cursors.decodeCursor(c, scope, after, first));
const assertPageSize = (first: number, max: number) => validate((c) => cursors.checkPageSize(c, first, max));

function failure(run: () => unknown): { message: string; extensions: unknown } | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { message: error.message, extensions: error.extensions };
  }
}

const NOT_OURS = {
  message: 'Invalid after: not a cursor issued by this field.',
  extensions: {
    code: 'BAD_USER_INPUT',
    field: 'after',
    problems: [{ field: 'after', message: 'Invalid after: not a cursor issued by this field.' }],
  },
};
const forge = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('page cursors', () => {
  it('round-trips the page and page size within one scope', () => {
    const cursor = encodeCursor('events', { page: 2, limit: 50 });

    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('events', cursor, 50)).toEqual({ page: 2, limit: 50 });
  });

  it('rejects a cursor of another field', () => {
    expect(failure(() => decodeCursor('leads', encodeCursor('events', { page: 2, limit: 50 }), 50))).toEqual(NOT_OURS);
  });

  it('rejects the same cursor with a different first', () => {
    expect(failure(() => decodeCursor('events', encodeCursor('events', { page: 3, limit: 50 }), 20))).toEqual({
      message: 'Invalid after: this cursor was issued for first: 50; pass the same page size.',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'after',
        problems: [
          { field: 'after', message: 'Invalid after: this cursor was issued for first: 50; pass the same page size.' },
        ],
      },
    });
  });

  it.each<[string, string]>([
    ['an empty string', ''],
    ['not base64', '%%%'],
    ['base64 of text', Buffer.from('hello').toString('base64url')],
    ['JSON null', forge(null)],
    ['a JSON number', forge(7)],
    ['a JSON array', forge(['events', 2, 50])],
    ['page zero', forge({ s: 'events', p: 0, l: 50 })],
    ['a fractional page', forge({ s: 'events', p: 1.5, l: 50 })],
    ['a page as text', forge({ s: 'events', p: '2', l: 50 })],
    ['no page size', forge({ s: 'events', p: 2 })],
    ['no scope', forge({ p: 2, l: 50 })],
  ])('rejects %s', (_name, after) => {
    expect(failure(() => decodeCursor('events', after, 50))).toEqual(NOT_OURS);
  });
});

describe('assertPageSize', () => {
  it.each([1, 50, 100])('accepts %p', (first) => {
    expect(failure(() => assertPageSize(first, 100))).toBeUndefined();
  });

  it.each([0, -1, 101, 2.5, Number.NaN])('rejects %p', (first) => {
    expect(failure(() => assertPageSize(first, 100))).toEqual({
      message: `Invalid first: must be between 1 and 100 (Kommo's page limit), got ${first}.`,
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'first',
        problems: [
          { field: 'first', message: `Invalid first: must be between 1 and 100 (Kommo's page limit), got ${first}.` },
        ],
      },
    });
  });
});
