/**
 * The WoofedCRM simulator: a real HTTP server over the in-memory store, recording every
 * request and able to answer with injected faults, for `npm start` (demo mode) and tests.
 */
import { FaultQueue, isDelayOnly, type InjectedFault, type PendingFault } from '../faults';
import { delay, listen, recordedHeaders, type SimRequest, type SimResponse } from '../http';
import { runDueJobs } from './delivery';
import { dispatch, type ServerState } from './router';
import { createWoofedSeed } from './seed';
import type { WoofedStore } from './types';
import { WoofedWebhooks, type WoofedWebhooksOptions } from './webhooks';
import { serverZone } from './zone';

export interface WoofedSimulatorOptions {
  /** The server compares the last piece of the Authorization header to it. @default 'demo-woofed-token' */
  token?: string;
  /** @default 7 */
  seed?: number;
  /** Server zone offset used when rendering instants (America/Sao_Paulo, "Brasilia"). @default '-03:00' */
  utcOffset?: string;
  /** Clock; tests inject a fixed one. @default () => new Date() */
  now?: () => Date;
  /** @default 0 */
  latencyMs?: number;
  /** @default 0 */
  port?: number;
  /** Settings → Webhooks (`urls`), and the retries of the deliveries. */
  webhooks?: WoofedWebhooksOptions;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Every header but `authorization`. */
  headers: Readonly<Record<string, string>>;
  body: unknown;
  at: number;
}

export type { InjectedFault, PendingFault } from '../faults';

export interface WoofedSimulator {
  url: string;
  token: string;
  /** '1' (any value works in paths: the server ignores it). */
  accountId: string;
  /** Live data, mutable by tests. */
  store: WoofedStore;
  requests: readonly RecordedRequest[];
  count(pathPrefix?: string, method?: string): number;
  resetRequests(): void;
  injectFault(fault: InjectedFault): void;
  /** Injected faults that no request has consumed yet. */
  pendingFaults(): PendingFault[];
  /** Runs the delivery jobs that are due at `at` (default now()): marks due messages delivered as the real jobs would. */
  runDueJobs(at?: Date): void;
  /**
   * Settings → Webhooks: after each write (and each run of the delivery jobs) every created or
   * changed contact, deal and event is POSTed as JSON to each of `webhooks.urls`.
   */
  webhooks: WoofedWebhooks;
  close(): Promise<void>;
}

export async function startWoofedSimulator(options: WoofedSimulatorOptions = {}): Promise<WoofedSimulator> {
  const now = options.now ?? (() => new Date());
  const state: ServerState = {
    store: createWoofedSeed(options.seed ?? 7),
    zone: serverZone(options.utcOffset ?? '-03:00'),
    now,
    token: options.token ?? 'demo-woofed-token',
  };
  const requests: RecordedRequest[] = [];
  const faults = new FaultQueue();
  const latencyMs = options.latencyMs ?? 0;
  const webhooks = new WoofedWebhooks(state, options.webhooks);

  const handler = async (req: SimRequest): Promise<SimResponse> => {
    requests.push({
      method: req.method,
      path: req.path,
      query: req.query,
      headers: recordedHeaders(req.headers),
      body: recordedBody(req.body),
      at: now().getTime(),
    });
    const fault = faults.take(req.method, req.path);
    if (fault) await delay(fault.delayMs ?? 0);
    if (fault && !isDelayOnly(fault)) return faultResponse(fault);
    await delay(latencyMs);
    const response = dispatch(state, req);
    if (req.method !== 'GET') webhooks.notice();
    return response;
  };
  const server = await listen(handler, options.port ?? 0);

  return {
    url: server.url,
    token: state.token,
    accountId: '1',
    store: state.store,
    requests,
    count: (pathPrefix = '', method) =>
      requests.filter(
        (r) => r.path.startsWith(pathPrefix) && (method === undefined || r.method === method.toUpperCase()),
      ).length,
    resetRequests: () => {
      requests.length = 0;
    },
    injectFault: (fault) => {
      faults.add(fault);
    },
    pendingFaults: () => faults.pending(),
    runDueJobs: (at) => {
      runDueJobs(state.store, at ?? now());
      webhooks.notice();
    },
    webhooks,
    close: () => Promise.all([server.close(), webhooks.close()]).then(() => undefined),
  };
}

function faultResponse(fault: InjectedFault): SimResponse {
  if (fault.raw !== undefined)
    return { status: fault.status, raw: fault.raw, contentType: fault.contentType ?? 'text/plain' };
  if (fault.json !== undefined) {
    return {
      status: fault.status,
      json: fault.json,
      contentType: fault.contentType ?? 'application/json; charset=utf-8',
    };
  }
  return { status: fault.status };
}

function recordedBody(body: string): unknown {
  if (body === '') return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}
