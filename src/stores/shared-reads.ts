import { createHash } from 'node:crypto';
import type { GatewayEvents } from '../gateway-events';
import { parseJson } from '../upstream/body';
import { UpstreamAuthError } from '../upstream/errors';
import type { Logger } from '../logger';
import { queryString } from '../upstream/query-string';
import { ClientGoneError, type UpstreamScope } from '../upstream/scope';
import type { UpstreamRequest, UpstreamResponse, UpstreamTransport } from '../upstream/transport';
import type { CacheEntry, ReferenceCache } from './reference-cache';
import { SharedCall } from './shared-call';

/** A GET whose answer may be reused across requests: which group a write invalidates, and its metric name. */
export interface ReferenceList {
  group: string;
  name: string;
}

export interface SharedReadsOptions {
  /** The transport the calls go through (its budget, retries and timeouts apply to each). */
  inner: UpstreamTransport;
  cache: ReferenceCache;
  /** The account (Kommo origin): generations and cache entries are per account. */
  account: string;
  /** The token the calls carry; only its hash keys the cache, so another credential never reads it. */
  token: string;
  /** The reference list a GET of `path` reads, if it is one. */
  referenceList(path: string): ReferenceList | undefined;
  /** The reference groups a write to `path` changes. */
  groupsWrittenBy(path: string): string[];
  /** How long a reference list is reused; 0 turns the cache off (identical GETs are still shared). */
  ttlMs: number;
  events: GatewayEvents;
  logger: Logger;
}

/**
 * Shares reads among GraphQL requests, in front of one account's transport:
 * - identical GETs in flight in this process at the same write generation share one call
 *   (`SharedCall`: the joiner is charged no call, and one client leaving cancels nothing);
 * - reference lists are served from the cache for `ttlMs`, filled only by a successful answer, and
 *   keyed by a hash of the token; once the upstream rejects the token (401), nothing cached before
 *   is served again;
 * - a write moves the account's generation (and its groups' versions) before it is sent and again
 *   when it ended, so a GET that started before the write, here or on another replica, is never
 *   joined by a read after it, and nothing read meanwhile is cached.
 */
export class SharedReadsTransport implements UpstreamTransport {
  private readonly inFlight = new Map<string, SharedCall<UpstreamResponse>>();
  private readonly credential: string;

  constructor(private readonly options: SharedReadsOptions) {
    this.credential = credentialOf(options.token);
  }

  async request(req: UpstreamRequest, scope?: UpstreamScope): Promise<UpstreamResponse> {
    if (req.method !== 'GET') return this.write(req, scope);
    const { cache, account, ttlMs, events } = this.options;
    const target = req.path + queryString(req.query);
    const list = ttlMs > 0 ? this.options.referenceList(req.path) : undefined;
    const entry: CacheEntry | undefined = list && { group: list.group, credential: this.credential, key: target };
    const look = await cache.look(account, entry);
    if (list !== undefined && entry !== undefined) {
      const hit = look.hit === undefined ? undefined : parseJson(look.hit);
      if (hit?.ok === true && isCachedResponse(hit.value)) {
        events.cacheHit(list.name);
        return hit.value;
      }
      events.cacheMiss(list.name);
    }
    if (scope?.signal.aborted) throw new ClientGoneError();
    const key = `${look.generation} ${target}`;
    const running = this.inFlight.get(key);
    if (running !== undefined) return running.join(scope);
    const call = new SharedCall<UpstreamResponse>(
      scope,
      (shared) => this.send(req, shared),
      () => this.forget(key, call),
    );
    this.inFlight.set(key, call);
    call.outcome.then(
      (response) => {
        this.forget(key, call);
        // Under the version seen before the GET: a write since then has made it unreachable.
        if (entry !== undefined)
          cache.fill(account, entry, look.version, JSON.stringify(response), ttlMs).catch(() => {});
      },
      () => this.forget(key, call),
    );
    return call.leaderPromise;
  }

  private async write(req: UpstreamRequest, scope: UpstreamScope | undefined): Promise<UpstreamResponse> {
    const { cache, account } = this.options;
    const groups = this.options.groupsWrittenBy(req.path);
    // Before: if the generation cannot move, the write is not sent (the store's error says why).
    await cache.written(account, groups);
    try {
      return await this.send(req, scope);
    } finally {
      await cache.written(account, groups).catch((error: unknown) =>
        this.options.logger.error(
          'a write could not invalidate the shared reads: reads may be stale until they expire',
          {
            path: req.path,
            error: error instanceof Error ? error.message : String(error),
          },
        ),
      );
    }
  }

  /** Sends through the inner transport; a rejected token makes what was cached for it unreachable. */
  private async send(req: UpstreamRequest, scope: UpstreamScope | undefined): Promise<UpstreamResponse> {
    try {
      return await this.options.inner.request(req, scope);
    } catch (error) {
      if (error instanceof UpstreamAuthError && this.options.ttlMs > 0) {
        await this.options.cache.rejected(this.options.account, this.credential).catch(() => {});
      }
      throw error;
    }
  }

  private forget(key: string, call: SharedCall<UpstreamResponse>): void {
    if (this.inFlight.get(key) === call) this.inFlight.delete(key);
  }
}

/** What keys a token's shared reads: a hash, so the token itself is never stored or logged. */
export function credentialOf(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 32);
}

function isCachedResponse(value: unknown): value is UpstreamResponse {
  return typeof value === 'object' && value !== null && 'status' in value && typeof value.status === 'number';
}
