import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import { setMaxListeners } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createContext, type Context, type Services } from '../context';
import type { Observability, RequestTelemetry } from '../observability';
import { parseGraphQLBody, readBody } from './body';
import { allowCrossOrigin } from './cors';
import { sendJson } from './route';

/**
 * `/graphql`: CORS, the request id (returned as `x-request-id`), the body, then Apollo with a fresh
 * context whose signal follows the client; the request's log line, metrics and span once the
 * response has gone out.
 */
export async function handleGraphQL(
  apollo: ApolloServer<Context>,
  services: Services,
  observability: Observability,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  allowCrossOrigin(req, res);
  if (req.method === 'OPTIONS') {
    res.writeHead(204).end();
    return;
  }
  const telemetry = observability.startRequest(req);
  res.setHeader('x-request-id', telemetry.requestId);
  const operation: { context?: Context } = {};
  let failed = false;
  try {
    await execute(apollo, services, telemetry, operation, req, res, url);
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

/** Answers the request; `operation.context` is set once Apollo asks for the context. */
async function execute(
  apollo: ApolloServer<Context>,
  services: Services,
  telemetry: RequestTelemetry,
  operation: { context?: Context },
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const text = await readBody(req);
  if (text === undefined) {
    sendJson(res, 413, { error: 'Request body too large' });
    return;
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const clientGone = new AbortController();
  // Every upstream call of the operation listens to it, and one operation may make hundreds.
  setMaxListeners(0, clientGone.signal);
  res.on('close', () => {
    if (!res.writableFinished) clientGone.abort();
  });
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: url.search,
      body: parseGraphQLBody(text, headers),
    },
    context: async () =>
      (operation.context = createContext(services, {
        requestId: telemetry.requestId,
        signal: clientGone.signal,
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
