import type { Caller } from './caller';
import type { GatewayEvents } from './gateway-events';
import type { Readiness } from './readiness';
import type { IdempotentRunner } from './idempotency';
import type { KommoClient } from './kommo/kommo.client';
import { createKommoLoaders } from './kommo/kommo.loaders';
import type { LiveHub } from './live/live-hub';
import type { Logger } from './logger';
import type { SharedRecords } from './stores/shared-records';
import type { OperationTelemetry } from './observability/operation-telemetry';
import { UpstreamCallCounter, type UpstreamScope } from './upstream/scope';
import type { WoofedClient } from './woofed/woofed.client';
import { createWoofedLoaders } from './woofed/woofed.loaders';

/** Long-lived upstream clients, built once at boot and shared by every request. */
export interface Services {
  kommo: KommoClient;
  woofed: WoofedClient;
  /** Runs each idempotency key's write at most once (WoofedCRM messages). */
  sendOnce: IdempotentRunner;
  /** The gateway's clock (tests inject one): "in the past" is judged against it. */
  clock: () => Date;
  logger: Logger;
  /** Cache hits, idempotent replays: the counts metrics report. */
  events: GatewayEvents;
  /** Why the gateway cannot serve right now (`/ready`). */
  readiness: Readiness;
  /** Kommo records kept across requests while webhooks flow; webhooks evict what they name. @default none */
  sharedRecords?: SharedRecords;
  /** Subscriptions and what publishes to them; set by the gateway that serves them. */
  live?: LiveHub;
}

/** What the HTTP (or WebSocket) layer knows about one operation before it runs. */
export interface OperationRequest {
  requestId: string;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  /** @default anonymous with write scope (tests and in-process callers) */
  caller?: Caller;
  /** Run-time `MAX_UPSTREAM_CALLS`. @default unlimited */
  maxUpstreamCalls?: number;
  /** The request's log line, metrics and span (the Apollo plugin reports into it). @default none */
  telemetry?: OperationTelemetry;
}

const IN_PROCESS: Caller = { name: 'anonymous', via: 'anonymous', canWrite: true };

/**
 * Builds the per-request context: fresh loaders every time, long-lived clients shared but bound to
 * this operation's upstream scope (its call count and its client's signal).
 */
export function createContext(services: Services, request: OperationRequest) {
  const upstream: UpstreamScope = {
    requestId: request.requestId,
    signal: request.signal,
    calls: new UpstreamCallCounter(request.maxUpstreamCalls),
    traceContext: request.telemetry?.traceContext,
  };
  const kommo = services.kommo.withScope(upstream);
  const woofed = services.woofed.withScope(upstream);
  return {
    requestId: request.requestId,
    caller: request.caller ?? IN_PROCESS,
    upstream,
    telemetry: request.telemetry,
    logger: services.logger,
    kommo,
    woofed,
    sendOnce: services.sendOnce,
    clock: services.clock,
    live: services.live,
    loaders: { kommo: createKommoLoaders(kommo), woofed: createWoofedLoaders(woofed, services.logger) },
  };
}

/**
 * A subscription's context lives as long as the subscription; each event it delivers is resolved
 * like a new operation: fresh loaders (no record cached from an earlier event) and a fresh
 * `MAX_UPSTREAM_CALLS` allowance.
 */
export function renewForEvent(context: Context): void {
  const calls = new UpstreamCallCounter(context.upstream.calls.max);
  context.upstream.calls = calls;
  context.loaders = {
    kommo: createKommoLoaders(context.kommo),
    woofed: createWoofedLoaders(context.woofed, context.logger),
  };
}

export type Context = ReturnType<typeof createContext>;
