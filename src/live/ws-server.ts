import {
  type ExecutionArgs,
  getOperationAST,
  GraphQLError,
  type GraphQLFormattedError,
  parse,
  specifiedRules,
  type GraphQLSchema,
  validate,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { WebSocketServer } from 'ws';
import type { Caller } from '../caller';
import { createContext, type Services } from '../context';
import { credentialsOf, type Credentials } from '../edge/auth';
import type { Edge } from '../edge/edge';
import { checkOperation } from '../edge/operation-gate';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ErrorCode } from '../error-codes';
import { createFormatError } from '../errors';
import { asString, isRecord } from '../lib/decode';

/**
 * The `connection_init` payload's credentials; when it carries none, the upgrade request's headers.
 * A browser cannot set headers on a WebSocket, so it uses the payload; Apollo Router in passthrough
 * mode sends the headers it propagates with the upgrade, and its payload (`{"connectionParams": …}`)
 * never has these names at the top.
 */
function connectionCredentials(params: unknown, upgrade: IncomingHttpHeaders): Credentials {
  const payload = isRecord(params) ? params : {};
  const apiKey = asString(payload['x-api-key']);
  const authorization = asString(payload['authorization'] ?? payload['Authorization']);
  return apiKey === undefined && authorization === undefined ? credentialsOf(upgrade) : { apiKey, authorization };
}

/** A close reason must fit in 123 bytes (RFC 6455 §5.5). */
const MAX_REASON = 120;

/** A parse or validation error with the code Apollo gives it over HTTP. */
function requestError(error: unknown, code: string): GraphQLError {
  if (!(error instanceof GraphQLError)) return new GraphQLError(String(error), { extensions: { code } });
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

export interface SubscriptionServer {
  close(): Promise<void>;
}

/**
 * GraphQL over WebSocket at `/graphql` (`graphql-transport-ws`, the graphql-ws recipe Apollo
 * Server documents), behind the same edge as HTTP: the `connection_init` payload carries the
 * credentials under the header names (`x-api-key`, `authorization`), else the upgrade request's
 * headers do; a refused connection closes with 4401/4403 and the refusal's message. Every
 * operation passes the same gate (scope, limits, estimate) before anything runs.
 */
export function serveSubscriptions(
  http: Server,
  schema: GraphQLSchema,
  services: Services,
  edge: Edge,
): SubscriptionServer {
  const wss = new WebSocketServer({ server: http, path: '/graphql' });
  const callers = new WeakMap<object, Caller>();
  const formatError = createFormatError(services.logger);
  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((error) => formatError(error.toJSON(), error));
  const cleanup = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        const auth = await edge.authenticate(connectionCredentials(ctx.connectionParams, ctx.extra.request.headers));
        if (auth.refusal !== undefined) {
          const code = auth.refusal.status === 401 ? CloseCode.Unauthorized : CloseCode.Forbidden;
          ctx.extra.socket.close(code, auth.refusal.message.slice(0, MAX_REASON));
          return false;
        }
        callers.set(ctx, auth.caller);
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        const caller = callers.get(ctx);
        if (caller === undefined)
          return [new GraphQLError('Not authenticated', { extensions: { code: ErrorCode.UNAUTHENTICATED } })];
        const persisted = edge.persisted({ query: payload.query || undefined, extensions: payload.extensions });
        if (persisted.refusal !== undefined)
          return [new GraphQLError(persisted.refusal.message, { extensions: { code: persisted.refusal.code } })];
        const { query } = persisted.fields;
        if (typeof query !== 'string')
          return [
            new GraphQLError('Send the operation as text (query) or as a persisted operation hash', {
              extensions: { code: ApolloServerErrorCode.BAD_REQUEST },
            }),
          ];
        let document;
        try {
          document = parse(query);
        } catch (error) {
          return [requestError(error, ApolloServerErrorCode.GRAPHQL_PARSE_FAILED)];
        }
        const errors = validate(schema, document, [...specifiedRules, ...edge.apollo.validationRules]);
        if (errors.length > 0)
          return errors.map((error) => requestError(error, ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED));
        const operation = getOperationAST(document, payload.operationName);
        if (operation === null || operation === undefined)
          return [
            new GraphQLError('Send exactly one operation, or name the one to run (operationName)', {
              extensions: { code: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE },
            }),
          ];
        const variables = payload.variables ?? undefined;
        try {
          checkOperation(edge.config.limits, { caller, operation, document, variables, schema });
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          // `http` tells Apollo the status of an HTTP refusal; a WebSocket has none.
          const { http: _status, ...extensions } = error.extensions;
          return [new GraphQLError(error.message, { extensions })];
        }
        const closed = new AbortController();
        ctx.extra.socket.once('close', () => closed.abort());
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: variables ?? null,
          contextValue: createContext(services, {
            requestId: randomUUID(),
            signal: closed.signal,
            caller,
            maxUpstreamCalls: edge.config.limits.maxUpstreamCalls,
          }),
        };
        return args;
      },
      // The same error shapes as over HTTP (Apollo's formatError): codes, masking, no stack traces.
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors === undefined ? undefined : { ...result, errors: format(result.errors) },
    },
    wss,
  );
  return {
    async close() {
      for (const client of wss.clients) client.terminate();
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
