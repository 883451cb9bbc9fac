import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger';
import { asString } from './lib/decode';
import {
  UpstreamError,
  UpstreamForbiddenError,
  UpstreamRateLimitedError,
  UpstreamValidationError,
} from './upstream/errors';

/** The stable codes of CONTRACT.md §4. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'UPSTREAM_RATE_LIMITED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_BAD_RESPONSE'
  | 'INTERNAL_SERVER_ERROR';

const CONTRACT_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'UPSTREAM_RATE_LIMITED',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_BAD_RESPONSE',
  'INTERNAL_SERVER_ERROR',
]);

/** Apollo's own request-level codes: the client sent something unusable. */
const CLIENT_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${String(value)}`);
  }
}

function codeFor(error: UpstreamError): ErrorCode {
  switch (error.kind) {
    case 'UNAUTHENTICATED':
      return 'UNAUTHENTICATED';
    case 'FORBIDDEN':
      return 'FORBIDDEN';
    case 'NOT_FOUND':
      return 'NOT_FOUND';
    case 'VALIDATION':
      return 'BAD_USER_INPUT';
    case 'RATE_LIMITED':
      return 'UPSTREAM_RATE_LIMITED';
    case 'UNAVAILABLE':
      return 'UPSTREAM_UNAVAILABLE';
    case 'BAD_RESPONSE':
      return 'UPSTREAM_BAD_RESPONSE';
    default:
      throw new UnreachableCaseError(error.kind);
  }
}

/** `code`, `upstream`, `status` and the kind-specific extensions of an upstream error. */
export function upstreamExtensions(error: UpstreamError): Record<string, unknown> {
  const extensions: Record<string, unknown> = {
    code: codeFor(error),
    upstream: error.upstream,
    status: error.status ?? null,
  };
  if (error instanceof UpstreamValidationError) extensions['problems'] = error.problems;
  if (error instanceof UpstreamRateLimitedError && error.retryAfterMs !== undefined) {
    extensions['retryAfterSeconds'] = Math.ceil(error.retryAfterMs / 1000);
  }
  if (error instanceof UpstreamForbiddenError && error.banned) extensions['banned'] = true;
  return extensions;
}

/**
 * The only place that picks `extensions.code` (Apollo's `formatError`). Upstream errors get their
 * contract code plus `upstream` and `status`; request-level client errors become BAD_USER_INPUT;
 * anything unexpected is masked as INTERNAL_SERVER_ERROR and logged (name and message only).
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof UpstreamError) {
      return { ...formatted, message: original.message, extensions: upstreamExtensions(original) };
    }
    const code = asString(formatted.extensions?.['code']) ?? '';
    if (CONTRACT_CODES.has(code) && (code !== 'INTERNAL_SERVER_ERROR' || original instanceof GraphQLError)) {
      return { ...formatted, extensions: withoutStacktrace(formatted.extensions) };
    }
    if (CLIENT_CODES.has(code)) {
      return {
        ...formatted,
        extensions: { ...withoutStacktrace(formatted.extensions), code: 'BAD_USER_INPUT', reason: code },
      };
    }
    logger.error('unexpected error while resolving', {
      name: original instanceof Error ? original.name : typeof original,
      message: original instanceof Error ? original.message : undefined,
      path: formatted.path,
    });
    return {
      message: 'Internal server error',
      ...(formatted.locations === undefined ? {} : { locations: formatted.locations }),
      ...(formatted.path === undefined ? {} : { path: formatted.path }),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function withoutStacktrace(extensions: GraphQLFormattedError['extensions']): Record<string, unknown> {
  const { stacktrace: _stacktrace, ...rest } = extensions ?? {};
  return rest;
}
