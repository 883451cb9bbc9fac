import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createContext, type Context, type Services } from '../context';
import { parseGraphQLBody, readBody } from './body';
import { allowCrossOrigin } from './cors';
import { sendJson } from './route';

/** `/graphql`: CORS, the body, then Apollo with a fresh context whose signal follows the client. */
export async function handleGraphQL(
  apollo: ApolloServer<Context>,
  services: Services,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  allowCrossOrigin(req, res);
  if (req.method === 'OPTIONS') {
    res.writeHead(204).end();
    return;
  }
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
    context: async () => createContext(services, { requestId: randomUUID(), signal: clientGone.signal }),
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
