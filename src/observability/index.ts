import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingMessage } from 'node:http';
import type { Config, OtelConfig } from '../config';
import type { Context } from '../context';
import { silentEvents, type GatewayEvents } from '../gateway-events';
import type { Route } from '../http/route';
import type { Logger } from '../logger';
import { combineObservers, type UpstreamObserver } from '../upstream/observer';
import { telemetryPlugin } from './apollo-plugin';
import { metricsRoute } from './metrics-route';
import { GatewayMetrics } from './metrics';
import { RequestTelemetry } from './request-telemetry';
import { passThroughTracing, type Tracing } from './tracing';
import { upstreamLog } from './upstream-log';

export { GatewayMetrics } from './metrics';
export { createLogger } from './pino-logger';
export type { OperationTelemetry } from './operation-telemetry';
export type { RequestTelemetry } from './request-telemetry';

export interface ObservabilityOptions {
  logger: Logger;
  /** Prometheus series and `GET /metrics`. @default none */
  metrics?: GatewayMetrics;
  /** @default no spans of its own; a caller's `traceparent` is still forwarded upstream */
  tracing?: Tracing;
  /** A debug line per upstream attempt. @default false */
  logAttempts?: boolean;
}

/**
 * Logs, metrics and traces of one gateway, created once at boot and handed down: to
 * `createServices` (the upstream `observer`, the `events`), and to `startGateway` (the Apollo
 * `plugin`, `routes`, and `startRequest` for every `/graphql` request).
 */
export class Observability {
  readonly observer: UpstreamObserver;
  readonly events: GatewayEvents;
  readonly plugin: ApolloServerPlugin<Context>;
  readonly routes: readonly Route[];
  readonly metrics: GatewayMetrics | undefined;
  private readonly tracing: Tracing;
  private readonly logger: Logger;

  constructor(options: ObservabilityOptions) {
    this.logger = options.logger;
    this.metrics = options.metrics;
    this.tracing = options.tracing ?? passThroughTracing;
    this.observer = combineObservers([
      ...(this.metrics === undefined ? [] : [this.metrics]),
      this.tracing,
      ...(options.logAttempts === true ? [upstreamLog(this.logger)] : []),
    ]);
    this.events = this.metrics ?? silentEvents;
    this.plugin = telemetryPlugin(this.logger);
    this.routes = this.metrics === undefined ? [] : [metricsRoute(this.metrics)];
  }

  /** The telemetry of one `/graphql` request; call `finish` once its response has gone out. */
  startRequest(req: IncomingMessage): RequestTelemetry {
    return new RequestTelemetry(
      { logger: this.logger, tracing: this.tracing, ...(this.metrics === undefined ? {} : { metrics: this.metrics }) },
      req,
    );
  }

  /** Exports the spans still buffered. */
  async shutdown(): Promise<void> {
    await this.tracing.shutdown();
  }
}

/**
 * Everything on, from the configuration: `LOG_LEVEL`, Prometheus with process metrics, and trace
 * export when `OTEL_EXPORTER_OTLP_ENDPOINT` is set. Rejects with `ConfigError` for a malformed `OTEL_*`.
 */
export async function createObservability(config: Config, logger: Logger): Promise<Observability> {
  return new Observability({
    logger,
    metrics: new GatewayMetrics(),
    tracing: config.otel === undefined ? passThroughTracing : await otlpTracing(config.otel, logger),
    logAttempts: config.logLevel === 'debug',
  });
}

/**
 * The OpenTelemetry SDK and its exporters are loaded only here, when traces are exported: about
 * 8 MiB of resident memory and 2 MiB of heap that a gateway without a collector never needs.
 */
async function otlpTracing(otel: OtelConfig, logger: Logger): Promise<Tracing> {
  const [{ traceExportSettings }, { createOtlpTracing }] = await Promise.all([
    import('./otel-settings'),
    import('./otlp-tracing'),
  ]);
  const settings = traceExportSettings(otel);
  if (settings === undefined) return passThroughTracing;
  logger.info('exporting traces over OTLP/HTTP', { url: settings.url, protocol: settings.protocol });
  return createOtlpTracing(settings, { logger });
}
