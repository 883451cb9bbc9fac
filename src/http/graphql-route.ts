import type { ApolloServer, HTTPGraphQLResponse } from '@apollo/server';
import { setMaxListeners } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createContext, type Context, type Services } from '../context';
import { applyCors } from '../edge/cors';
import type { Edge } from '../edge/edge';
import { sendExplorer, wantsExplorer } from '../edge/explorer';
import { sendRefusal } from '../edge/refusal';
import type { Observability, RequestTelemetry } from '../observability';
import { readBody } from './body';
import { sendJson } from './route';

/**
 * `/graphql`: CORS, the request id (returned as `x-request-id`), the explorer page for browsers,
 * the edge (credentials, CSRF, persisted operations), then Apollo with a fresh context whose
 * signal follows the client; the request's log line, metrics and span once the response has gone out.
 */
export async function handleGraphQL(
  apollo: ApolloServer<Context>,
  services: Services,
  edge: Edge,
  observability: Observability,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  applyCors(req, res, edge.config.corsOrigins);
  if (req.method === 'OPTIONS') {
    res.writeHead(204).end();
    return;
  }
  const telemetry = observability.startRequest(req);
  res.setHeader('x-request-id', telemetry.requestId);
  const operation: { context?: Context } = {};
  let failed = false;
  try {
    await execute({ apollo, services, edge, telemetry, operation }, req, res, url);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    telemetry.finish({
      // server.ts answers 500 for what escapes here.
      status: failed && !res.headersSent ? 500 : res.statusCode,
      caller: operation.context?.caller.name,
      upstreamCalls: operation.context?.upstream.calls.count ?? 0,
    });
  }
}

interface Execution {
  apollo: ApolloServer<Context>;
  services: Services;
  edge: Edge;
  telemetry: RequestTelemetry;
  /** Set once Apollo asks for the context. */
  operation: { context?: Context };
}

async function execute(
  { apollo, services, edge, telemetry, operation }: Execution,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  // The page executes nothing: a browser gets it before any credential is asked for.
  if (edge.config.introspection && wantsExplorer(req.method, req.headers)) return sendExplorer(res);
  const text = await readBody(req);
  if (text === undefined) {
    sendJson(res, 413, { error: 'Request body too large' });
    return;
  }
  const admission = await edge.admit(req, url, text);
  if (admission.refusal !== undefined) {
    telemetry.noteResult([admission.refusal.code], false);
    return sendRefusal(res, admission.refusal);
  }
  const clientGone = new AbortController();
  // Every upstream call of the operation listens to it, and one operation may make hundreds.
  setMaxListeners(0, clientGone.signal);
  res.on('close', () => {
    if (!res.writableFinished) clientGone.abort();
  });
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: admission.request,
    context: async () =>
      (operation.context = createContext(services, {
        requestId: telemetry.requestId,
        signal: clientGone.signal,
        caller: admission.caller,
        maxUpstreamCalls: edge.config.limits.maxUpstreamCalls,
        telemetry,
      })),
  });
  await writeResponse(res, response);
}

async function writeResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
