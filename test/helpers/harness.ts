import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createServices } from '../../src/app';
import type { EdgeConfig } from '../../src/config';
import type { OperationCost } from '../../src/edge/operation-gate';
import { startKommoSimulator, type KommoSimulator, type KommoSimulatorOptions } from '../../src/demo/kommo';
import { startWoofedSimulator, type WoofedSimulator, type WoofedSimulatorOptions } from '../../src/demo/woofed';
import { buildPonteSchema } from '../../src/schema/build-schema';
import type { RecordCache } from '../../src/stores/record-cache';
import type { WebhookSecrets } from '../../src/http/webhook-routes';
import { startGateway, type LiveOptions } from '../../src/server';
import type { RetryPolicy } from '../../src/upstream/transport';
import { closeSimulators } from './armed-faults';
import { recordingLogger } from './recording-logger';

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

export interface HarnessOptions {
  sim?: KommoSimulatorOptions;
  /** Gateway budget; defaults high so tests that are not about the budget do not wait for it. */
  rps?: number;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** The token the gateway sends; defaults to the simulator's. */
  gatewayToken?: string;
  /** The WoofedCRM simulator's options; its clock defaults to `now`. */
  woofed?: WoofedSimulatorOptions;
  /** The WoofedCRM token the gateway sends; defaults to the WoofedCRM simulator's. */
  woofedGatewayToken?: string;
  /** The clock of the gateway and of the WoofedCRM simulator. @default the real clock */
  now?: () => Date;
  /** Who may call and what they may ask. @default demo mode's (see `startGateway`) */
  edge?: EdgeConfig;
  /** Webhook secrets and subscription options (`startGateway`'s). @default no receivers, 15 s polls */
  webhooks?: WebhookSecrets;
  live?: LiveOptions;
  /** `RECORD_CACHE_SECONDS` (records kept while webhooks flow). @default 0 */
  recordCacheSeconds?: number;
  /** Where those records are kept (a test injects its clock). @default a fresh in-process cache */
  recordCache?: RecordCache;
}

/**
 * Built once per test file: the schema holds no state (loaders are per request), and building the
 * federated schema costs a few hundred milliseconds.
 */
let schema: Promise<GraphQLSchema> | undefined;

/** Kommo and WoofedCRM simulators and a real gateway in front of them, all on ephemeral ports. */
export async function startHarness(options: HarnessOptions = {}) {
  const rps = options.rps ?? 1000;
  const sim = await startKommoSimulator({ rateLimitRps: rps, ...options.sim });
  const woofed = await startWoofedSimulator({
    ...(options.now === undefined ? {} : { now: options.now }),
    ...options.woofed,
  });
  const logger = recordingLogger();
  const services = createServices({
    kommo: { baseUrl: sim.url, token: options.gatewayToken ?? sim.token },
    woofed: { baseUrl: woofed.url, token: options.woofedGatewayToken ?? woofed.token, accountId: woofed.accountId },
    ...(options.now === undefined ? {} : { clock: options.now }),
    kommoRateLimitRps: rps,
    upstreamTimeoutMs: options.timeoutMs ?? 2000,
    logger,
    retry: { baseDelayMs: 1, maxDelayMs: 20, ...options.retry },
    ...(options.recordCacheSeconds === undefined ? {} : { recordCacheSeconds: options.recordCacheSeconds }),
    ...(options.recordCache === undefined ? {} : { recordCache: options.recordCache }),
  });
  const gateway = await startGateway(await (schema ??= buildPonteSchema()), services, {
    port: 0,
    ...(options.edge === undefined ? {} : { edge: options.edge }),
    ...(options.webhooks === undefined ? {} : { webhooks: options.webhooks }),
    ...(options.live === undefined ? {} : { live: options.live }),
  });
  let lastCost: OperationCost | undefined;

  /** The response without `extensions.cost`, which `cost()` answers instead (every executed operation has one). */
  async function query<T = Record<string, unknown>, V = Record<string, unknown>>(
    document: string | DocumentNode | TypedDocumentNode<T, V>,
    variables?: V,
  ): Promise<GraphQLResult<T>> {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
    });
    const { extensions, ...result } = (await response.json()) as GraphQLResult<T>;
    const { cost, ...others } = extensions ?? {};
    lastCost = cost as OperationCost | undefined;
    return Object.keys(others).length > 0 ? { ...result, extensions: others } : result;
  }

  return {
    sim,
    woofed,
    gateway,
    logger,
    query,
    /** `extensions.cost` of the last `query`. */
    cost: (): OperationCost | undefined => lastCost,
    /** Requests the simulator received for exactly this path (not its sub-paths). */
    calls(path: string): number {
      return sim.requests.filter((request) => request.path === path).length;
    },
    /** Stops everything, then fails when a fault armed on either simulator was never consumed. */
    async close(): Promise<void> {
      await gateway.stop();
      await services.close();
      await closeSimulators({ Kommo: sim, WoofedCRM: woofed });
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;
export type { KommoSimulator, WoofedSimulator };
