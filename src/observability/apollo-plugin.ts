import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError } from 'graphql';
import type { Context } from '../context';
import type { Logger } from '../logger';
import { asString } from '../lib/decode';
import { UpstreamError } from '../upstream/errors';

/**
 * Tells each request's telemetry what only Apollo knows (the operation, the response's error
 * codes) and logs the upstream failures that reached the response, with the request id: the
 * transport logs each retry; this is the line for the call that finally failed.
 */
export function telemetryPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, request }) {
      const telemetry = contextValue.telemetry;
      telemetry?.noteRequested(request.operationName);
      return {
        async didResolveOperation({ operationName, operation }) {
          telemetry?.noteOperation(operationName, operation?.operation ?? 'query');
        },
        async didEncounterErrors({ errors }) {
          logUpstreamFailures(logger, contextValue.requestId, errors);
        },
        async willSendResponse({ response }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          const codes = (result.errors ?? []).map((error) => asString(error.extensions?.['code']) ?? 'UNKNOWN');
          telemetry?.noteResult([...new Set(codes)], result.data !== undefined && result.data !== null);
        },
      };
    },
  };
}

/** One line per distinct upstream error: a failed batch shared by 50 fields is one failure. */
function logUpstreamFailures(logger: Logger, requestId: string, errors: readonly GraphQLError[]): void {
  const failures = new Map<UpstreamError, GraphQLError[]>();
  for (const error of errors) {
    const original = unwrapResolverError(error);
    if (original instanceof UpstreamError) failures.set(original, [...(failures.get(original) ?? []), error]);
  }
  for (const [failure, fields] of failures) {
    logger.warn('upstream request failed', {
      requestId,
      upstream: failure.upstream,
      status: failure.status ?? null,
      error: failure.kind,
      fields: fields.length,
      path: fields[0]?.path?.join('.') ?? null,
    });
  }
}
