import { ErrorCode } from './error-codes';
import { ApolloServer, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { GraphQLSchema } from 'graphql';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createContext, type Context, type Services } from './context';
import { createFormatError } from './errors';

/** Larger GraphQL request bodies are refused with 413 before parsing. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Serves GraphQL at `/graphql` (Apollo Server 5 on node:http) and `GET /health`.
 * Introspection and the Sandbox landing page stay on: Ponte is consumed through codegen and
 * Apollo Sandbox, and its schema is public by design (no upstream data in it).
 */
export async function startGateway(schema: GraphQLSchema, services: Services, port: number): Promise<RunningGateway> {
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    formatError: createFormatError(services.logger),
    logger: {
      debug: () => {},
      info: (m) => services.logger.info(String(m)),
      warn: (m) => services.logger.warn(String(m)),
      error: (m) => services.logger.error(String(m)),
    },
    plugins: [
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      // Field timings for a router that asks for them (`apollo-federation-include-trace`), error
      // messages masked. Installed explicitly: Apollo would add it itself for a subgraph, with a log line.
      ApolloServerPluginInlineTrace(),
    ],
  });
  await apollo.start();
  const http = createHttpServer((req, res) => {
    handle(apollo, services, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }],
        }),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, () => resolve());
  });
  const actual = (http.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/graphql`,
    port: actual,
    async stop() {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}

async function handle(
  apollo: ApolloServer<Context>,
  services: Services,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://gateway.local');
  if (url.pathname === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  if (url.pathname !== '/graphql') {
    res
      .writeHead(404, { 'content-type': 'application/json' })
      .end('{"error":"Not found: GraphQL is served at /graphql"}');
    return;
  }
  allowCrossOrigin(req, res);
  if (req.method === 'OPTIONS') {
    res.writeHead(204).end();
    return;
  }
  const text = await readBody(req);
  if (text === undefined) {
    res.writeHead(413, { 'content-type': 'application/json' }).end('{"error":"Request body too large"}');
    return;
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: url.search,
      body: parseBody(text, headers),
    },
    context: async () => createContext(services),
  });
  await writeResponse(res, response);
}

/**
 * Apollo Sandbox (and browser apps on other origins) call /graphql cross-origin, as with Apollo's
 * standalone server. No credentials are involved (tokens live server-side), so any origin may call;
 * CSRF is still prevented by Apollo's preflight requirement for non-JSON requests.
 */
function allowCrossOrigin(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  const requested = req.headers['access-control-request-headers'];
  res.setHeader(
    'access-control-allow-headers',
    typeof requested === 'string' ? requested : 'content-type, apollo-require-preflight',
  );
  res.setHeader('access-control-max-age', '600');
}

/** Apollo expects a parsed JSON body; a body that is not JSON is passed as text so Apollo answers 400. */
function parseBody(text: string, headers: HeaderMap): unknown {
  if (text === '') return undefined;
  if (!(headers.get('content-type') ?? '').includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
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

/** Reads the body up to MAX_BODY_BYTES; `undefined` when it is larger. */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
