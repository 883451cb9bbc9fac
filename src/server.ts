import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig, type EdgeConfig } from './config';
import type { Context, Services } from './context';
import { createEdge } from './edge/edge';
import { ErrorCode } from './error-codes';
import { createFormatError } from './errors';
import { handleGraphQL } from './http/graphql-route';
import { oneErrorPerCall } from './http/one-error-per-call';
import { webhookRoutes, type WebhookSecrets } from './http/webhook-routes';
import { LiveHub } from './live/live-hub';
import { realTicker, type Ticker } from './live/ticker';
import { serveSubscriptions } from './live/ws-server';
import { readyRoute } from './http/ready-route';
import { uncacheablePlugins } from './http/uncacheable';
import { matches, sendJson, type Route } from './http/route';
import { Observability } from './observability';
import { createMemoryLiveBus, type LiveBus } from './stores/live-bus';

export interface RunningGateway {
  url: string;
  port: number;
  /** Subscriptions open on this gateway right now. */
  subscribers(): number;
  stop(): Promise<void>;
}

export interface GatewayOptions {
  port: number;
  /** @default every interface */
  host?: string;
  /** Endpoints besides `/graphql`, `/health`, `/ready`, the edge's and the observability routes. */
  routes?: readonly Route[];
  /** Who may call and what they may ask. @default demo mode's: anyone, any origin, explorer on, default limits */
  edge?: EdgeConfig;
  /**
   * Request log lines, metrics (`/metrics`) and spans; its `observer` and `events` belong in the
   * same `createServices`. @default a log line per request through `services.logger`, nothing else
   */
  observability?: Observability;
  /** How long `stop` lets requests in flight finish before it cuts their connections. @default 10000 */
  shutdownGraceMs?: number;
  /** The webhook receivers' path secrets; a receiver without one is not served. @default none */
  webhooks?: WebhookSecrets;
  /** Subscriptions: how they poll and how events reach other replicas. */
  live?: LiveOptions;
}

export interface LiveOptions {
  /** `EVENTS_POLL_SECONDS`. @default 15 */
  pollSeconds?: number;
  /** Events to every replica (Redis with `REDIS_URL`). @default this process only */
  bus?: LiveBus;
  /** @default real intervals */
  ticker?: Ticker;
  /** Webhooks this close together cost one events call. @default 50 */
  burstMs?: number;
}

const BASE = 'http://gateway.local';

const HEALTH: Route = { path: '/health', handle: (_req, res) => sendJson(res, 200, { status: 'ok' }) };

/**
 * Serves GraphQL at `/graphql` (Apollo Server 5 on node:http), `GET /health`, `GET /ready`, the
 * explorer's assets, the observability routes and `routes`, behind the edge (`edge/`):
 * credentials, CORS, limits, persisted operations.
 */
export async function startGateway(
  schema: GraphQLSchema,
  services: Services,
  options: GatewayOptions | number,
): Promise<RunningGateway> {
  const { port, host, routes = [], ...rest } = typeof options === 'number' ? { port: options } : options;
  // Created first: Apollo's drain plugin stops it (closes the listener, waits for requests in flight).
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
  const edge = createEdge(rest.edge ?? loadConfig({}).edge, services.logger);
  // A bus handed in (Redis) belongs to the caller; one made here is closed here.
  const bus = rest.live?.bus ?? createMemoryLiveBus();
  const ownsBus = rest.live?.bus === undefined;
  const live = new LiveHub({
    kommo: services.kommo,
    bus,
    logger: services.logger,
    clock: services.clock,
    pollSeconds: rest.live?.pollSeconds ?? 15,
    ticker: rest.live?.ticker ?? realTicker,
    ...(rest.live?.burstMs === undefined ? {} : { burstMs: rest.live.burstMs }),
    ...(services.sharedRecords === undefined ? {} : { records: services.sharedRecords }),
  });
  const served: Services = { ...services, live };
  const observability = rest.observability ?? new Observability({ logger: services.logger });
  const apollo = new ApolloServer<Context>({
    schema,
    // main.ts owns the signals; Apollo's own handler would stop it a second time and re-send the signal.
    stopOnTerminationSignals: false,
    // The edge's own validation rule refuses introspection when INTROSPECTION=false, naming the
    // setting and covering the federation SDL too; Apollo's would add a second error.
    introspection: true,
    validationRules: edge.apollo.validationRules,
    hideSchemaDetailsFromClientErrors: edge.apollo.hideSchemaDetailsFromClientErrors,
    ...(edge.apollo.automaticPersistedQueries ? {} : { persistedQueries: false }),
    formatError: createFormatError(services.logger),
    logger: {
      debug: () => {},
      info: (m) => services.logger.info(String(m)),
      warn: (m) => services.logger.warn(String(m)),
      error: (m) => services.logger.error(String(m)),
    },
    plugins: [
      ...edge.apollo.plugins,
      // The explorer is served by the edge before Apollo (edge/explorer.ts), never from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      ...uncacheablePlugins(),
      // Field timings for a router that asks for them (`apollo-federation-include-trace`), error
      // messages masked. Installed explicitly: Apollo would add it itself for a subgraph, with a log line.
      ApolloServerPluginInlineTrace(),
      observability.plugin,
      oneErrorPerCall(),
      ApolloServerPluginDrainHttpServer({ httpServer: http, stopGracePeriodMillis: rest.shutdownGraceMs ?? 10_000 }),
    ],
  });
  await apollo.start();
  const allRoutes = [
    HEALTH,
    readyRoute(services.readiness),
    ...edge.routes,
    ...observability.routes,
    ...webhookRoutes(rest.webhooks ?? {}, live),
    ...routes,
  ];
  const routeFor = (url: URL): Route | undefined => allRoutes.find((candidate) => matches(candidate, url.pathname));
  const dispatch = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', BASE);
    if (url.pathname === '/graphql') return handleGraphQL(apollo, served, edge, observability, req, res, url);
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
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => resolve());
  });
  const subscriptions = serveSubscriptions(http, schema, served, edge);
  const actual = (http.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/graphql`,
    port: actual,
    subscribers: () => live.subscriberCount,
    /**
     * Stops accepting, says `draining` on `/ready` to connections still open, closes subscriptions, lets
     * requests in flight finish for up to `shutdownGraceMs`, then cuts what is left.
     */
    async stop() {
      services.readiness.set('shutdown', 'draining');
      await subscriptions.close();
      await live.close();
      if (ownsBus) await bus.close();
      await apollo.stop();
    },
  };
}
