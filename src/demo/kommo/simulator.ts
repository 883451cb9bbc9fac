import { performance } from 'node:perf_hooks';
import { bearerToken, listen, recordedHeaders, type SimRequest, type SimResponse } from '../http';
import { KOMMO_DEFAULT_TOKEN } from './constants';
import { FaultQueue, faultResponse, isDelayOnly, type InjectedFault, type PendingFault } from './faults';
import { RateLimiter } from './rate-limit';
import { nginxPage, tooManyRequests, unauthorized } from './responses';
import { createRouter } from './routes/router';
import { createKommoSeed } from './seed';
import { createKommoStore, type KommoStore } from './store';
import { Sleeper } from './timers';
import { KommoWebhooks, type DispatcherOptions } from './webhooks';

export interface KommoSimulatorOptions {
  /** @default 'demo-kommo-token' */
  token?: string;
  /** Data is a pure function of the seed. @default 42 */
  seed?: number;
  /** Requests per sliding 1000 ms window per token before 429. @default 7 */
  rateLimitRps?: number;
  /** 429 body: Kommo's documented problem JSON with retry_after, or the nginx HTML page users report. @default 'json' */
  rateLimitMode?: 'json' | 'html';
  /** After that many 429s every request gets the 403 nginx HTML ban page. @default 50 */
  banAfter429s?: number;
  /** Max `limit` of /api/v4/events (the reference has 100 vs 250). @default 100 */
  eventsPageLimit?: number;
  /** Injected per-request latency. @default 0 */
  latencyMs?: number;
  /** @default 0 (ephemeral) */
  port?: number;
  /** Retries, timeout and disabling of webhook deliveries. */
  webhooks?: DispatcherOptions;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Every header but `authorization`. */
  headers: Readonly<Record<string, string>>;
  /** `Date.now()` on arrival. */
  at: number;
  /** The HTTP status answered; unset while the request is being served. */
  status?: number;
  /**
   * `performance.now()` on arrival and once the answer was encoded and written: the bench's upstream
   * service time (`to` is first set when the answer is ready, then moved to when it was written).
   */
  servedMs: { from: number; to?: number };
}

export interface KommoSimulator {
  url: string;
  token: string;
  /** The live data (raw snake_case records exactly as Kommo sends them), mutable by tests. */
  store: KommoStore;
  /** Every request received, including 401/429/faulted ones. */
  requests: readonly RecordedRequest[];
  count(pathPrefix?: string, method?: string): number;
  resetRequests(): void;
  setLatency(ms: number): void;
  /**
   * Consumed by the next matching requests, before auth and rate limiting. A 2xx fault without a
   * body (not 204) only delays by `delayMs`, then the request is served normally.
   */
  injectFault(fault: InjectedFault): void;
  /** Injected faults that no request has consumed yet. */
  pendingFaults(): PendingFault[];
  /**
   * The hooks registered through `/api/v4/webhooks` and what they were sent: every committed
   * write POSTs Kommo's form-encoded hook to each matching hook, after answering the write.
   */
  webhooks: KommoWebhooks;
  close(): Promise<void>;
}

/**
 * Starts the Kommo simulator on 127.0.0.1. Per request: record it, apply an injected fault if one
 * matches, then the ban (403 HTML), the token (401), the rate limit (429), the latency, and the route.
 */
export async function startKommoSimulator(options: KommoSimulatorOptions = {}): Promise<KommoSimulator> {
  const token = options.token ?? KOMMO_DEFAULT_TOKEN;
  const requests: RecordedRequest[] = [];
  const faults = new FaultQueue();
  const limiter = new RateLimiter(options.rateLimitRps ?? 7, options.banAfter429s ?? 50);
  const sleeper = new Sleeper();
  let latency = options.latencyMs ?? 0;
  let origin = '';
  const state = { store: createKommoStore(createKommoSeed(options.seed ?? 42)) };
  const webhooks = new KommoWebhooks(options.webhooks);
  const route = createRouter({
    store: () => state.store,
    origin: () => origin,
    eventsPageLimit: options.eventsPageLimit ?? 100,
    webhooks,
  });

  const refusal = (req: SimRequest): SimResponse | undefined => {
    if (limiter.banned) return nginxPage(403);
    if (bearerToken(req) !== token) return unauthorized();
    if (!limiter.admit(token)) return options.rateLimitMode === 'html' ? nginxPage(429) : tooManyRequests();
    return undefined;
  };

  const serve = async (req: SimRequest): Promise<SimResponse> => {
    const fault = faults.take(req.method, req.path);
    if (fault && !isDelayOnly(fault)) {
      await sleeper.sleep(latency + (fault.delayMs ?? 0));
      return faultResponse(fault);
    }
    if (fault) await sleeper.sleep(fault.delayMs ?? 0);
    const refused = refusal(req);
    await sleeper.sleep(latency);
    return refused ?? route(req);
  };
  const server = await listen(async (req) => {
    const record: RecordedRequest = {
      method: req.method,
      path: req.path,
      query: new URLSearchParams(req.query),
      headers: recordedHeaders(req.headers),
      at: Date.now(),
      servedMs: { from: performance.now() },
    };
    requests.push(record);
    const response = await serve(req);
    record.status = response.status;
    record.servedMs.to = performance.now();
    return {
      ...response,
      onWritten: () => {
        record.servedMs.to = performance.now();
      },
    };
  }, options.port ?? 0);
  origin = server.url;

  let closing: Promise<void> | undefined;
  return {
    url: server.url,
    token,
    get store() {
      return state.store;
    },
    set store(store: KommoStore) {
      state.store = store;
    },
    requests,
    count: (pathPrefix, method) =>
      requests.filter(
        (r) =>
          (pathPrefix === undefined || r.path.startsWith(pathPrefix)) &&
          (method === undefined || r.method === method.toUpperCase()),
      ).length,
    resetRequests: () => {
      requests.length = 0;
    },
    setLatency: (ms) => {
      latency = ms;
    },
    injectFault: (fault) => faults.add(fault),
    pendingFaults: () => faults.pending(),
    webhooks,
    close: () => {
      if (!closing) {
        closing = Promise.all([server.close(), webhooks.close()]).then(() => undefined);
        sleeper.cancelAll();
      }
      return closing;
    },
  };
}
