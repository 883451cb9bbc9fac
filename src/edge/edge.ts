import { type ApolloServerPlugin, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { IncomingMessage } from 'node:http';
import type { Caller } from '../caller';
import type { EdgeConfig } from '../config';
import type { Context } from '../context';
import { parseGraphQLBody } from '../http/body';
import type { Route } from '../http/route';
import { isRecord } from '../lib/decode';
import type { Logger } from '../logger';
import { createAuthenticator, credentialsOf, type Authenticate } from './auth';
import { csrfRefusal } from './csrf';
import { explorerAssetsRoute } from './explorer';
import { noIntrospection } from './introspection';
import { operationGate } from './operation-gate';
import {
  loadManifest,
  type OperationFields,
  type PersistedResolution,
  resolvePersisted,
  type Manifest,
} from './persisted-operations';
import type { Refusal } from './refusal';

/** A request the edge lets through: who sent it, and the request Apollo should run. */
export type Admission = { caller: Caller; request: HTTPGraphQLRequest; refusal?: undefined } | { refusal: Refusal };

/**
 * Everything between the network and Apollo (CONTRACT §5): who may call, what they may ask, in
 * which form, and what Apollo must be configured with to enforce the rest after parsing.
 */
export interface Edge {
  config: EdgeConfig;
  /** Credentials of HTTP requests (and, with the same names, of WebSocket `connection_init` payloads). */
  authenticate: Authenticate;
  /** Credentials, then CSRF prevention, then persisted operations; a refusal costs nothing upstream. */
  admit(req: IncomingMessage, url: URL, body: string): Promise<Admission>;
  /** Persisted operations for a request that is not HTTP (a WebSocket `subscribe`). */
  persisted(fields: OperationFields): PersistedResolution;
  /** Scope, limits and `extensions.cost` (after parsing), and introspection. */
  apollo: {
    plugins: Array<ApolloServerPlugin<Context>>;
    validationRules: ValidationRule[];
    hideSchemaDetailsFromClientErrors: boolean;
    /** Apollo's automatic persisted queries: off under `PERSISTED_OPERATIONS=only`. */
    automaticPersistedQueries: boolean;
  };
  /** The explorer's assets when introspection is on. */
  routes: Route[];
}

export function createEdge(config: EdgeConfig, logger: Logger): Edge {
  const manifest: Manifest =
    config.persistedOperations === 'off' ? new Map() : loadManifest(config.persistedOperationsManifest);
  const authenticate = createAuthenticator(config, logger);
  const persisted = (fields: OperationFields): PersistedResolution =>
    resolvePersisted(config.persistedOperations, manifest, fields);
  return {
    config,
    authenticate,
    persisted,
    async admit(req, url, text) {
      const auth = await authenticate(credentialsOf(req.headers));
      if (auth.refusal !== undefined) return auth;
      const method = (req.method ?? 'GET').toUpperCase();
      const csrf = csrfRefusal(method, req.headers, config.introspection);
      if (csrf !== undefined) return { refusal: csrf };
      const headers = headerMapOf(req);
      const request: HTTPGraphQLRequest = {
        method,
        headers,
        search: url.search,
        body: parseGraphQLBody(text, headers),
      };
      const admitted: Persisted =
        config.persistedOperations === 'off' ? { request } : withPersisted(request, persisted);
      return admitted.refusal === undefined ? { caller: auth.caller, request: admitted.request } : admitted;
    },
    apollo: {
      plugins: [operationGate(config.limits)],
      validationRules: config.introspection ? [] : [noIntrospection],
      hideSchemaDetailsFromClientErrors: !config.introspection,
      automaticPersistedQueries: config.persistedOperations !== 'only',
    },
    routes: config.introspection ? [explorerAssetsRoute()] : [],
  };
}

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** A malformed `extensions` parameter stays text: Apollo answers it. */
function jsonOrText(value: string | null): unknown {
  if (value === null) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

type Resolve = (fields: OperationFields) => ReturnType<typeof resolvePersisted>;

/** Applies persisted operations to a GET's search parameters or a POST's JSON body. */
type Persisted = { request: HTTPGraphQLRequest; refusal?: undefined } | { refusal: Refusal };

function withPersisted(request: HTTPGraphQLRequest, resolve: Resolve): Persisted {
  if (request.method === 'GET') {
    const params = new URLSearchParams(request.search);
    const resolved = resolve({
      query: params.get('query') ?? undefined,
      documentId: params.get('documentId') ?? undefined,
      extensions: jsonOrText(params.get('extensions')),
    });
    if (resolved.refusal !== undefined) return resolved;
    const { query, extensions: kept } = resolved.fields;
    if (typeof query === 'string') params.set('query', query);
    params.delete('documentId');
    if (kept === undefined) params.delete('extensions');
    else if (isRecord(kept)) params.set('extensions', JSON.stringify(kept));
    return { request: { ...request, search: `?${params.toString()}` } };
  }
  if (!isRecord(request.body)) return { request };
  const resolved = resolve(request.body);
  return resolved.refusal !== undefined ? resolved : { request: { ...request, body: resolved.fields } };
}
