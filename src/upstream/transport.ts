import { Agent, type Dispatcher } from 'undici';
import { silentLogger, type Logger } from '../logger';
import { isJsonMediaType, mediaType, parseJson, readCapped } from './body';
import { errorForResponse } from './classify';
import {
  UpstreamBadResponseError,
  UpstreamError,
  UpstreamForbiddenError,
  UpstreamRateLimitedError,
  UpstreamUnavailableError,
  failedWrite,
  type UpstreamName,
} from './errors';
import { queryString } from './query-string';
import { routeOf, silentObserver, type UpstreamObserver } from './observer';
import type { AccountBudget, ReleaseSlot } from './rate-budget';
import { resolveRetryPolicy, retryDelayMs, type RetryPolicy } from './retry';
import { ClientGoneError, type UpstreamScope } from './scope';

export type { RetryPolicy } from './retry';

export interface UpstreamRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Absolute path below `baseUrl`, starting with '/', without a query string. */
  path: string;
  /** Appended in order, percent-encoded except the brackets of keys (see `encodeQueryKey`). */
  query?: ReadonlyArray<readonly [string, string]>;
  /** Serialised as JSON when present. */
  body?: unknown;
  /** Name for metrics and spans. @default the path with ids replaced by `{id}` */
  route?: string;
}

export interface UpstreamResponse {
  status: number;
  /** Parsed JSON; `null` for 204 or an empty body. */
  body: unknown;
}

/** What the clients need of a transport (tests and an unconfigured gateway pass their own). */
export interface UpstreamTransport {
  request(req: UpstreamRequest, scope?: UpstreamScope): Promise<UpstreamResponse>;
}

export interface TransportOptions {
  upstream: UpstreamName;
  /** Origin such as https://acme.kommo.com, optionally with a path prefix. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`; never logged, and redacted from error bodies. */
  token: string;
  /**
   * Bounds one call with all its retries: every attempt (sending to the end of the body) and every
   * backoff. Each attempt gets what is left; a retry that cannot fit is not started. Waiting for the
   * budget is not counted: it ends when a slot frees or the client goes away.
   */
  timeoutMs: number;
  /** Awaited before every attempt, retries included. */
  budget?: AccountBudget;
  /** Sees every attempt (metrics, traces). @default silentObserver */
  observer?: UpstreamObserver;
  retry?: Partial<RetryPolicy>;
  /** @default an own undici Agent, closed by `close()`. An injected dispatcher is left open. */
  dispatcher?: Dispatcher;
  /** @default silentLogger */
  logger?: Logger;
  /** @default setTimeout */
  sleep?: (ms: number) => Promise<void>;
  /** Monotonic milliseconds, for the call's deadline. @default performance.now */
  now?: () => number;
  /** After a ban page, how long every request fails fast without being sent. @default 60000 */
  banCooldownMs?: number;
}

/** Error bodies are read only for validation problems, `retry_after` and HTML detection. */
const ERROR_BODY_LIMIT = 64 * 1024;

/**
 * The one HTTP transport under the Kommo and WoofedCRM clients: auth header, JSON in and out,
 * a deadline per call (retries included), request budget, error taxonomy, and retries of GETs only (a write that
 * timed out may have succeeded).
 *
 * `request` resolves for 2xx and throws an `UpstreamError` subclass for everything else.
 */
export class Transport implements UpstreamTransport {
  private readonly upstream: UpstreamName;
  private readonly origin: string;
  private readonly pathPrefix: string;
  private readonly token: string;
  private readonly timeoutMs: number;
  private readonly budget: AccountBudget | undefined;
  private readonly observer: UpstreamObserver;
  private readonly retry: RetryPolicy;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly logger: Logger;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly banCooldownMs: number;

  constructor(options: TransportOptions) {
    const base = new URL(options.baseUrl);
    this.upstream = options.upstream;
    this.origin = base.origin;
    this.pathPrefix = base.pathname.replace(/\/+$/, '');
    this.token = options.token;
    this.timeoutMs = options.timeoutMs;
    this.budget = options.budget;
    this.observer = options.observer ?? silentObserver;
    this.retry = resolveRetryPolicy(options.retry);
    this.ownsDispatcher = options.dispatcher === undefined;
    this.dispatcher = options.dispatcher ?? new Agent();
    this.logger = options.logger ?? silentLogger;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.now = options.now ?? (() => performance.now());
    this.banCooldownMs = options.banCooldownMs ?? 60_000;
  }

  /**
   * Sends `req`, retrying GETs, and counts each attempt in `scope`. When the scope's client goes
   * away, a call still waiting (for the budget or a retry) is dropped with `ClientGoneError` and a
   * GET in flight is cancelled; a write in flight is let finish, so its outcome stays known upstream.
   */
  async request(req: UpstreamRequest, scope?: UpstreamScope): Promise<UpstreamResponse> {
    // The path is logged on retries, so query data (which can be personal) must travel in `query`.
    if (!req.path.startsWith('/') || req.path.includes('?')) {
      throw new TypeError("upstream path must start with '/' and carry no query string");
    }
    const body = req.body === undefined ? undefined : JSON.stringify(req.body);
    const route = req.route ?? routeOf(req.path);
    let deadline = this.now() + this.timeoutMs;
    const remainingMs = (): number => deadline - this.now();
    for (let retryIndex = 0; ; retryIndex++) {
      if (scope?.signal.aborted) throw new ClientGoneError();
      const waitStart = this.now();
      const release = await this.budget?.acquire(scope?.signal);
      // Queueing behind the account's other calls is not the upstream's slowness: it moves the deadline.
      const budgetWaitMs = this.now() - waitStart;
      deadline += budgetWaitMs;
      try {
        scope?.calls.take();
      } catch (error) {
        release?.();
        throw error;
      }
      const observation = this.observer.attempt({
        upstream: this.upstream,
        method: req.method,
        route,
        attempt: retryIndex + 1,
        budgetWaitMs,
        requestId: scope?.requestId,
        traceContext: scope?.traceContext,
      });
      const started = performance.now();
      try {
        const response = await this.attempt(req, body, release, observation.headers, scope?.signal, remainingMs());
        observation.end({ status: response.status, error: undefined, durationMs: performance.now() - started });
        return response;
      } catch (error) {
        observation.end({ status: statusOf(error), error, durationMs: performance.now() - started });
        if (!(error instanceof UpstreamError)) throw error;
        const delayMs = retryDelayMs(error, retryIndex, this.retry);
        this.holdBackEveryone(error, delayMs);
        if (req.method !== 'GET') throw failedWrite(error);
        if (delayMs === undefined || retryIndex >= this.retry.maxRetries) throw error;
        // A retry that cannot finish before the deadline is not started (its backoff counts too).
        if (delayMs >= remainingMs()) throw error;
        this.logger.warn('upstream request failed, retrying', {
          upstream: this.upstream,
          method: req.method,
          path: req.path,
          status: error.status,
          error: error.kind,
          attempt: retryIndex + 1,
          delayMs,
          ...(scope === undefined ? {} : { requestId: scope.requestId }),
        });
        await this.sleep(delayMs);
      }
    }
  }

  /**
   * A 429 or a ban concerns the whole account, so every caller of the budget backs off, not just
   * this one: a short pause queues them; a pause beyond the backoff bound (Kommo's documented
   * `retry_after: 300`) or a ban page fails them at once instead of sending into a closed door.
   */
  private holdBackEveryone(error: UpstreamError, delayMs: number | undefined): void {
    if (this.budget === undefined) return;
    if (error instanceof UpstreamRateLimitedError) {
      if (delayMs !== undefined) this.budget.penalize(delayMs);
      else if (error.retryAfterMs !== undefined) {
        this.budget.block(
          error.retryAfterMs,
          (remainingMs) => new UpstreamRateLimitedError(this.upstream, remainingMs),
        );
      }
    } else if (error instanceof UpstreamForbiddenError && error.banned) {
      this.budget.block(this.banCooldownMs, () => new UpstreamForbiddenError(this.upstream, 403, { banned: true }));
    }
  }

  private timedOut(): UpstreamUnavailableError {
    return new UpstreamUnavailableError(this.upstream, { timeoutMs: this.timeoutMs });
  }

  /** Closes the own connection pool; an injected dispatcher belongs to the caller. */
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  private async attempt(
    req: UpstreamRequest,
    body: string | undefined,
    release: ReleaseSlot | undefined,
    extraHeaders: Readonly<Record<string, string>>,
    clientSignal: AbortSignal | undefined,
    timeoutMs: number,
  ): Promise<UpstreamResponse> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const cancel = (): void => controller.abort();
    // Only reads are cancelled in flight: a write cut off mid-call would leave its outcome unknown.
    const cancellable = req.method === 'GET' && clientSignal !== undefined;
    if (cancellable) clientSignal.addEventListener('abort', cancel, { once: true });
    try {
      const res = await this.dispatcher.request({
        origin: this.origin,
        path: this.pathPrefix + req.path + queryString(req.query),
        method: req.method,
        headers: { ...extraHeaders, ...this.headers(body !== undefined) },
        body: body ?? null,
        signal: controller.signal,
      });
      release?.();
      return await this.interpret(res);
    } catch (error) {
      if (error instanceof UpstreamError) throw error;
      if (timedOut) throw this.timedOut();
      if (cancellable && clientSignal.aborted) throw new ClientGoneError();
      const code = errorCode(error);
      if (code === 'UND_ERR_INVALID_ARG') throw error; // our bug, not the upstream's
      throw new UpstreamUnavailableError(this.upstream, { code: code ?? 'network error', error });
    } finally {
      release?.();
      clearTimeout(timer);
      if (cancellable) clientSignal.removeEventListener('abort', cancel);
    }
  }

  private headers(hasBody: boolean): Record<string, string> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}`, accept: 'application/json' };
    if (hasBody) headers['content-type'] = 'application/json';
    return headers;
  }

  private async interpret(res: Dispatcher.ResponseData): Promise<UpstreamResponse> {
    const status = res.statusCode;
    if (status < 200 || status > 299) {
      const text = redact(await readCapped(res.body, ERROR_BODY_LIMIT), this.token);
      throw errorForResponse(this.upstream, { status, headers: res.headers, text }, Date.now());
    }
    if (status === 204) {
      await res.body.dump();
      return { status, body: null };
    }
    const text = await res.body.text();
    if (text.trim() === '') return { status, body: null };
    if (!isJsonMediaType(mediaType(res.headers))) throw new UpstreamBadResponseError(this.upstream, status, 'not JSON');
    const parsed = parseJson(text);
    if (!parsed.ok) throw new UpstreamBadResponseError(this.upstream, status, 'malformed JSON');
    return { status, body: parsed.value };
  }
}

/** Some upstream error pages echo request headers; the token must not reach a message or a problem. */
function redact(text: string, token: string): string {
  return token === '' ? text : text.split(token).join('[redacted]');
}

function statusOf(error: unknown): number | undefined {
  return error instanceof UpstreamError ? error.status : undefined;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
