import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { GraphQLSchema } from 'graphql';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Context, Services } from './context';
import { ErrorCode } from './error-codes';
import { createFormatError } from './errors';
import { handleGraphQL } from './http/graphql-route';
import { readyRoute } from './http/ready-route';
import { matches, sendJson, type Route } from './http/route';
import { Observability } from './observability';

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface GatewayOptions {
  port: number;
  /** @default every interface */
  host?: string;
  /** Endpoints besides `/graphql`, `/health`, `/ready` and the observability routes. */
  routes?: readonly Route[];
  /**
   * Request log lines, metrics (`/metrics`) and spans; its `observer` and `events` belong in the
   * same `createServices`. @default a log line per request through `services.logger`, nothing else
   */
  observability?: Observability;
}

const BASE = 'http://gateway.local';

const HEALTH: Route = { path: '/health', handle: (_req, res) => sendJson(res, 200, { status: 'ok' }) };

/**
 * Serves GraphQL at `/graphql` (Apollo Server 5 on node:http), `GET /health`, `GET /ready`, the
 * observability routes and `routes`.
 * Introspection and the Sandbox landing page stay on: Ponte is consumed through codegen and
 * Apollo Sandbox, and its schema is public by design (no upstream data in it).
 */
export async function startGateway(
  schema: GraphQLSchema,
  services: Services,
  options: GatewayOptions | number,
): Promise<RunningGateway> {
  const { port, host, routes = [], ...rest } = typeof options === 'number' ? { port: options } : options;
  const observability = rest.observability ?? new Observability({ logger: services.logger });
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
      observability.plugin,
    ],
  });
  await apollo.start();
  const allRoutes = [HEALTH, readyRoute(services.readiness), ...observability.routes, ...routes];
  const routeFor = (url: URL): Route | undefined => allRoutes.find((candidate) => matches(candidate, url.pathname));
  const dispatch = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', BASE);
    if (url.pathname === '/graphql') return handleGraphQL(apollo, services, observability, req, res, url);
    const route = routeFor(url);
    if (route !== undefined) return route.handle(req, res, url);
    sendJson(res, 404, { error: 'Not found: GraphQL is served at /graphql' });
  };
  // The route's pattern, never the path: webhook paths carry secrets.
  const routeName = (req: IncomingMessage): string => {
    const url = URL.parse(req.url ?? '/', BASE);
    if (url === null) return 'unparsable';
    return url.pathname === '/graphql' ? '/graphql' : String(routeFor(url)?.path ?? 'none');
  };
  const http = createHttpServer((req, res) => {
    dispatch(req, res).catch((error: unknown) => {
      services.logger.error('HTTP request failed', {
        method: req.method,
        route: routeName(req),
        requestId: res.getHeader('x-request-id') ?? null,
        error: error instanceof Error ? `${error.name}: ${error.message}` : typeof error,
      });
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
    http.listen(port, host, () => resolve());
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
