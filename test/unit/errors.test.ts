import { ApolloServer } from '@apollo/server';
import { GraphQLError, Source, type GraphQLFormattedError } from 'graphql';
import { createFormatError } from '../../src/errors';
import type { Logger } from '../../src/logger';
import { badInputError } from '../../src/schema/common/bad-user-input';
import {
  UpstreamAuthError,
  UpstreamBadResponseError,
  UpstreamForbiddenError,
  UpstreamNotFoundError,
  UpstreamRateLimitedError,
  UpstreamUnavailableError,
  UpstreamValidationError,
  type UpstreamError,
} from '../../src/upstream/errors';

const SECRET = 'kommo-token-9f8e7d';

function recordingLogger(): Logger & { entries: Array<[string, string, Record<string, unknown> | undefined]> } {
  const entries: Array<[string, string, Record<string, unknown> | undefined]> = [];
  return {
    entries,
    debug: (message, fields) => entries.push(['debug', message, fields]),
    info: (message, fields) => entries.push(['info', message, fields]),
    warn: (message, fields) => entries.push(['warn', message, fields]),
    error: (message, fields) => entries.push(['error', message, fields]),
  };
}

/** What Apollo hands to formatError: the enriched JSON (with a dev stack trace) and the error itself. */
function format(error: GraphQLError, logger: Logger = recordingLogger()): GraphQLFormattedError {
  const formatted: GraphQLFormattedError = {
    ...error.toJSON(),
    extensions: {
      ...error.extensions,
      code: error.extensions['code'] ?? 'INTERNAL_SERVER_ERROR',
      stacktrace: ['Error: at resolver'],
    },
  };
  return createFormatError(logger)(formatted, error);
}

/** A resolver error as graphql-js locates it. */
const fromResolver = (original: Error): GraphQLError =>
  new GraphQLError(original.message, { path: ['events', 0], originalError: original });

describe('createFormatError: upstream errors', () => {
  it.each<[string, UpstreamError, GraphQLFormattedError]>([
    [
      '401',
      new UpstreamAuthError('kommo'),
      {
        message: 'Kommo rejected the credentials (HTTP 401)',
        path: ['events', 0],
        extensions: { code: 'UNAUTHENTICATED', upstream: 'kommo', status: 401 },
      },
    ],
    [
      '403',
      new UpstreamForbiddenError('woofed', 403, { banned: false }),
      {
        message: 'WoofedCRM denied access (HTTP 403)',
        path: ['events', 0],
        extensions: { code: 'FORBIDDEN', upstream: 'woofed', status: 403 },
      },
    ],
    [
      '402',
      new UpstreamForbiddenError('kommo', 402, { banned: false }),
      {
        message: 'Kommo refused the request: payment required (HTTP 402)',
        path: ['events', 0],
        extensions: { code: 'FORBIDDEN', upstream: 'kommo', status: 402 },
      },
    ],
    [
      'the nginx ban page',
      new UpstreamForbiddenError('kommo', 403, { banned: true }),
      {
        message: 'Kommo has blocked this client (HTTP 403 ban page)',
        path: ['events', 0],
        extensions: { code: 'FORBIDDEN', upstream: 'kommo', status: 403, banned: true },
      },
    ],
    [
      '404',
      new UpstreamNotFoundError('woofed'),
      {
        message: 'WoofedCRM found no such resource (HTTP 404)',
        path: ['events', 0],
        extensions: { code: 'NOT_FOUND', upstream: 'woofed', status: 404 },
      },
    ],
    [
      '422 with problems',
      new UpstreamValidationError('woofed', 422, [{ path: 'phone', detail: 'must be in e164 format' }]),
      {
        message: 'WoofedCRM rejected the request (HTTP 422): phone: must be in e164 format',
        path: ['events', 0],
        extensions: {
          code: 'BAD_USER_INPUT',
          upstream: 'woofed',
          status: 422,
          problems: [{ path: 'phone', detail: 'must be in e164 format' }],
        },
      },
    ],
    [
      '429 with Retry-After',
      new UpstreamRateLimitedError('kommo', 1500),
      {
        message: 'Kommo rate limit exceeded (HTTP 429; retry after 2 s)',
        path: ['events', 0],
        extensions: { code: 'UPSTREAM_RATE_LIMITED', upstream: 'kommo', status: 429, retryAfterSeconds: 2 },
      },
    ],
    [
      '429 without Retry-After',
      new UpstreamRateLimitedError('woofed'),
      {
        message: 'WoofedCRM rate limit exceeded (HTTP 429)',
        path: ['events', 0],
        extensions: { code: 'UPSTREAM_RATE_LIMITED', upstream: 'woofed', status: 429 },
      },
    ],
    [
      '503',
      new UpstreamUnavailableError('kommo', { status: 503 }),
      {
        message: 'Kommo is unavailable (HTTP 503)',
        path: ['events', 0],
        extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'kommo', status: 503 },
      },
    ],
    [
      'a timeout',
      new UpstreamUnavailableError('woofed', { timeoutMs: 10000 }),
      {
        message: 'WoofedCRM timed out after 10000 ms',
        path: ['events', 0],
        extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'woofed', status: null },
      },
    ],
    [
      'a refused connection',
      new UpstreamUnavailableError('kommo', { code: 'ECONNREFUSED', error: new Error(`Bearer ${SECRET}`) }),
      {
        message: 'Kommo is unreachable (ECONNREFUSED)',
        path: ['events', 0],
        extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'kommo', status: null },
      },
    ],
    [
      'a redirect',
      new UpstreamBadResponseError('kommo', 302, 'unexpected status'),
      {
        message: 'Kommo answered with an unexpected status (HTTP 302)',
        path: ['events', 0],
        extensions: { code: 'UPSTREAM_BAD_RESPONSE', upstream: 'kommo', status: 302 },
      },
    ],
    [
      'a body that is not JSON',
      new UpstreamBadResponseError('woofed', 200, 'not JSON'),
      {
        message: 'WoofedCRM answered with a body that is not JSON (HTTP 200)',
        path: ['events', 0],
        extensions: { code: 'UPSTREAM_BAD_RESPONSE', upstream: 'woofed', status: 200 },
      },
    ],
  ])('maps %s', (_name, error, expected) => {
    const logger = recordingLogger();

    expect(format(fromResolver(error), logger)).toEqual(expected);
    expect(logger.entries).toEqual([]);
  });
});

describe('createFormatError: client errors', () => {
  it('passes BAD_USER_INPUT from a resolver through, without the stack trace', () => {
    const problems = [
      { field: 'filter.entityIds', message: 'Invalid filter.entityIds: at most 10 ids are allowed, got 11.' },
    ];
    const error = fromResolver(badInputError(problems));

    expect(format(error)).toEqual({
      message: 'Invalid filter.entityIds: at most 10 ids are allowed, got 11.',
      path: ['events', 0],
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.entityIds', problems },
    });
  });

  it.each(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST'])(
    'turns Apollo %s into BAD_USER_INPUT',
    (code) => {
      const error = new GraphQLError('Cannot query field "nope" on type "Query".', {
        source: new Source('{ nope }'),
        positions: [2],
        extensions: { code },
      });

      expect(format(error)).toEqual({
        message: 'Cannot query field "nope" on type "Query".',
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'BAD_USER_INPUT', reason: code },
      });
    },
  );
});

describe('createFormatError: anything else is masked and logged', () => {
  it.each<[string, Error]>([
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'id')")],
    [
      'an error carrying request details',
      Object.assign(new Error('request failed'), {
        headers: { authorization: `Bearer ${SECRET}` },
        body: `<html>${SECRET}</html>`,
      }),
    ],
    [
      'a GraphQLError with a code outside the contract',
      new GraphQLError('nope', { extensions: { code: 'WEIRD', token: SECRET } }),
    ],
  ])('masks %s', (_name, original) => {
    const logger = recordingLogger();

    const result = format(fromResolver(original), logger);

    expect(result).toEqual({
      message: 'Internal server error',
      path: ['events', 0],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logger.entries).toEqual([
      [
        'error',
        'unexpected error while resolving',
        { name: original.name, message: original.message, path: ['events', 0] },
      ],
    ]);
    expect(JSON.stringify([result, logger.entries])).not.toContain(SECRET);
  });

  it('masks an error whose message carries a secret', () => {
    expect(format(fromResolver(new Error(`upstream said: Bearer ${SECRET}`)))).toEqual({
      message: 'Internal server error',
      path: ['events', 0],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});

describe('createFormatError inside Apollo Server', () => {
  const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

  it('formats validation, upstream and unexpected errors as the contract says', async () => {
    const logger = recordingLogger();
    const server = new ApolloServer({
      typeDefs: 'type Query { limited: Int, broken: Int }',
      resolvers: {
        Query: {
          limited: () => {
            throw new UpstreamRateLimitedError('kommo', 3000);
          },
          broken: () => {
            throw new Error(SECRET);
          },
        },
      },
      formatError: createFormatError(logger),
      logger: quiet,
    });

    const invalid = await server.executeOperation({ query: '{ nope }' });
    const failing = await server.executeOperation({ query: '{ limited broken }' });

    expect(invalid.body.kind === 'single' && invalid.body.singleResult.errors).toEqual([
      {
        message: 'Cannot query field "nope" on type "Query".',
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
    expect(failing.body.kind === 'single' && failing.body.singleResult).toEqual({
      data: { limited: null, broken: null },
      errors: [
        {
          message: 'Kommo rate limit exceeded (HTTP 429; retry after 3 s)',
          locations: [{ line: 1, column: 3 }],
          path: ['limited'],
          extensions: { code: 'UPSTREAM_RATE_LIMITED', upstream: 'kommo', status: 429, retryAfterSeconds: 3 },
        },
        {
          message: 'Internal server error',
          locations: [{ line: 1, column: 11 }],
          path: ['broken'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    expect(logger.entries.map(([level, message]) => [level, message])).toEqual([
      ['error', 'unexpected error while resolving'],
    ]);
  });
});
