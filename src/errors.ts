import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { CLIENT_REQUEST_CODES, ErrorCode, isErrorCode } from './error-codes';
import type { Logger } from './logger';
import { asString } from './lib/decode';
import {
  UpstreamError,
  UpstreamForbiddenError,
  UpstreamRateLimitedError,
  UpstreamValidationError,
} from './upstream/errors';

class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${String(value)}`);
  }
}

function codeFor(error: UpstreamError): ErrorCode {
  switch (error.kind) {
    case 'UNAUTHENTICATED':
      return ErrorCode.UNAUTHENTICATED;
    case 'FORBIDDEN':
      return ErrorCode.FORBIDDEN;
    case 'NOT_FOUND':
      return ErrorCode.NOT_FOUND;
    case 'VALIDATION':
      return ErrorCode.BAD_USER_INPUT;
    case 'RATE_LIMITED':
      return ErrorCode.UPSTREAM_RATE_LIMITED;
    case 'UNAVAILABLE':
      return ErrorCode.UPSTREAM_UNAVAILABLE;
    case 'BAD_RESPONSE':
      return ErrorCode.UPSTREAM_BAD_RESPONSE;
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
  if (error.outcomeUnknown) extensions['outcomeUnknown'] = true;
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
    if (isErrorCode(code) && (code !== ErrorCode.INTERNAL_SERVER_ERROR || original instanceof GraphQLError)) {
      return { ...formatted, extensions: withoutStacktrace(formatted.extensions) };
    }
    if (CLIENT_REQUEST_CODES.has(code)) {
      return {
        ...formatted,
        extensions: { ...withoutStacktrace(formatted.extensions), code: ErrorCode.BAD_USER_INPUT, reason: code },
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
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

function withoutStacktrace(extensions: GraphQLFormattedError['extensions']): Record<string, unknown> {
  const { stacktrace: _stacktrace, ...rest } = extensions ?? {};
  return rest;
}
