import { randomUUID } from 'node:crypto';
import type { KommoClient } from '../kommo/kommo.client';
import { decodeEvent } from '../kommo/events/decode-event';
import { path } from '../lib/decode';
import type { NamedRecords } from '../kommo/webhooks/webhook-form';
import type { Logger } from '../logger';
import type { DealEvent } from '../schema/deals/deal-event.type';
import type { EventFilter } from '../schema/events/event-filter.input';
import type { KommoEvent } from '../schema/events/kommo-event.interface';
import type { LiveBus, LiveMessage } from '../stores/live-bus';
import type { NamedIds } from '../stores/record-cache';
import type { SharedRecords } from '../stores/shared-records';
import { RECORD_PATHS } from '../kommo/kommo.record-loaders';
import { UpstreamCallCounter } from '../upstream/scope';
import { instantOf } from '../woofed/woofed.decode';
import { mapDealEvent } from '../woofed/woofed.event-mapper';
import { eventMatches } from './event-match';
import { pollEventsQuery, webhookEventsQuery, WEBHOOK_LOOKBACK_MS } from './kommo-event-fetch';
import { DEAL_EVENTS, KOMMO_EVENTS, LIVE_PUBSUB } from './live-pubsub';
import type { Ticker } from './ticker';
import { watched } from './watched';

export interface LiveHubOptions {
  kommo: KommoClient;
  bus: LiveBus;
  logger: Logger;
  clock: () => Date;
  /** `EVENTS_POLL_SECONDS`. */
  pollSeconds: number;
  ticker: Ticker;
  /** Webhooks arriving this close together cost one events call. @default 50 */
  burstMs?: number;
  /** Told of every valid Kommo webhook (records read afresh, feed healthy). @default none */
  records?: SharedRecords;
}

/** A burst or poll reads at most this many pages of 100 events (a bulk import would otherwise spend the budget). */
const MAX_EVENT_PAGES = 5;

/** Longer than any lookback, so an event is never published twice by a late webhook or poll. */
const CLAIM_TTL_MS = 4 * WEBHOOK_LOOKBACK_MS;

/**
 * The live side of one gateway: turns webhooks and polls into events published once (claimed on
 * the bus, so once across replicas too), and serves them to this replica's subscribers through
 * the schema's PubSub under its own id.
 */
export class LiveHub {
  readonly id = randomUUID();
  private readonly stopping = new AbortController();
  private subscribers = 0;
  private stopPolling: (() => void) | undefined;
  private pollSince: Date | undefined;
  private polling: Promise<void> | undefined;
  private pending: NamedRecords = new Map();
  private burst: Promise<void> | undefined;
  private evicting: Promise<void> = Promise.resolve();

  constructor(private readonly options: LiveHubOptions) {
    options.bus.listen((message) => this.deliver(message));
  }

  /** Subscribers on this replica (the poll runs while there is one). */
  get subscriberCount(): number {
    return this.subscribers;
  }

  /** `Subscription.kommoEvents`: the filter is already validated. */
  kommoEvents(filter: EventFilter | null | undefined, beforeEach?: () => void): AsyncIterableIterator<KommoEvent> {
    const source = LIVE_PUBSUB.subscribe(KOMMO_EVENTS, this.id);
    const keep = (event: unknown): event is KommoEvent => eventMatches(event as KommoEvent, filter);
    return this.counted(source, keep, beforeEach);
  }

  /** `Subscription.dealEvents`. */
  dealEvents(dealId: string, beforeEach?: () => void): AsyncIterableIterator<DealEvent> {
    const source = LIVE_PUBSUB.subscribe(DEAL_EVENTS, this.id);
    const keep = (event: unknown): event is DealEvent => (event as DealEvent).dealId === dealId;
    return this.counted(source, keep, beforeEach);
  }

  /**
   * A Kommo webhook named these records (maybe none): they are evicted from the shared records, then
   * their new events fetched, one call per burst, and published.
   */
  kommoWebhook(named: NamedRecords): void {
    const records = this.options.records;
    if (records !== undefined) this.evicting = this.evicting.then(() => records.named(namedIds(named)));
    if (named.size === 0) return;
    for (const [type, ids] of named) {
      const known = this.pending.get(type) ?? new Set<string>();
      for (const id of ids) known.add(id);
      this.pending.set(type, known);
    }
    this.burst ??= this.nextBurst();
  }

  /** A WoofedCRM event, from its webhook or from Ponte's own write (`raw` as WoofedCRM answers it). */
  async woofedEvent(raw: unknown, content?: string): Promise<void> {
    const event = mapDealEvent(raw, content);
    if (event === undefined) return;
    // An update of the same event is news: the key is the event's version, not only its id.
    const version = (instantOf(path(raw, 'updated_at')) ?? event.createdAt).toISOString();
    await this.publishOnce(`woofed:${event.id}:${version}`, {
      source: 'woofed',
      raw,
      ...(content === undefined ? {} : { content }),
    });
  }

  /** Stops the poll and any burst; subscriptions end with their connections. */
  async close(): Promise<void> {
    this.stopping.abort();
    this.stopPolling?.();
    await Promise.allSettled([this.burst, this.polling, this.evicting]);
  }

  private counted<T>(
    source: AsyncIterable<unknown>,
    keep: (item: unknown) => item is T,
    beforeEach?: () => void,
  ): AsyncIterableIterator<T> {
    this.subscribers += 1;
    if (this.subscribers === 1) this.startPolling();
    const onEnd = (): void => {
      this.subscribers -= 1;
      if (this.subscribers === 0) {
        this.stopPolling?.();
        this.stopPolling = undefined;
      }
    };
    return watched(source, keep, onEnd, beforeEach);
  }

  private startPolling(): void {
    this.pollSince = this.options.clock();
    this.stopPolling = this.options.ticker(this.options.pollSeconds * 1000, () => {
      // A poll still waiting for its budget is not doubled by the next tick.
      this.polling ??= this.poll().finally(() => (this.polling = undefined));
      return this.polling;
    });
  }

  private async poll(): Promise<void> {
    const since = this.pollSince ?? this.options.clock();
    const events = await this.fetch('live-poll', pollEventsQuery(since));
    const newest = events.at(-1)?.createdAt;
    if (newest !== undefined && newest > since) this.pollSince = newest;
  }

  private async nextBurst(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.options.burstMs ?? 50));
    while (this.pending.size > 0 && !this.stopping.signal.aborted) {
      // A subscriber that reads a record on its event must not get the copy from before the change.
      await this.evicting;
      const named = this.pending;
      this.pending = new Map();
      await this.fetch('live-webhook', webhookEventsQuery(named, this.options.clock()));
    }
    this.burst = undefined;
  }

  /** One events call (one per 100 new events); publishes them oldest first. Failures are logged, never thrown. */
  private async fetch(requestId: string, query: Parameters<KommoClient['listEvents']>[0]): Promise<KommoEvent[]> {
    const scope = { requestId, signal: this.stopping.signal, calls: new UpstreamCallCounter() };
    const rows: unknown[] = [];
    try {
      const kommo = this.options.kommo.withScope(scope);
      for (let page = 1; ; page += 1) {
        const result = await kommo.listEvents(page === 1 ? query : [...query, ['page', String(page)]]);
        rows.push(...result.items);
        if (!result.hasNext) break;
        if (page === MAX_EVENT_PAGES) {
          this.options.logger.warn('live: more new events than one fetch reads; the oldest of them are not delivered', {
            requestId,
            pages: page,
          });
          break;
        }
      }
    } catch (error) {
      if (!this.stopping.signal.aborted)
        this.options.logger.warn('live: the Kommo events call failed; the next webhook or poll tries again', {
          requestId,
          error: error instanceof Error ? error.message : String(error),
        });
      return [];
    }
    const events = rows
      .map((raw) => ({ raw, event: decodeEvent(raw) }))
      .filter((row): row is { raw: unknown; event: KommoEvent } => row.event !== undefined)
      .sort(
        (a, b) => a.event.createdAt.getTime() - b.event.createdAt.getTime() || a.event.id.localeCompare(b.event.id),
      );
    for (const { raw, event } of events) await this.publishOnce(`kommo:${event.id}`, { source: 'kommo', raw });
    return events.map((row) => row.event);
  }

  private async publishOnce(key: string, message: LiveMessage): Promise<void> {
    try {
      if (await this.options.bus.claim(key, CLAIM_TTL_MS)) await this.options.bus.publish(message);
    } catch (error) {
      this.options.logger.warn('live: an event could not be published', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private deliver(message: LiveMessage): void {
    if (message.source === 'kommo') {
      const event = decodeEvent(message.raw);
      if (event !== undefined) LIVE_PUBSUB.publish(KOMMO_EVENTS, this.id, event);
      return;
    }
    const event = mapDealEvent(message.raw, message.content);
    if (event !== undefined) LIVE_PUBSUB.publish(DEAL_EVENTS, this.id, event);
  }
}

function namedIds(named: NamedRecords): NamedIds {
  return [...named].flatMap(([type, ids]) => {
    const entity = RECORD_PATHS[type];
    return entity === undefined ? [] : [{ entity, ids: [...ids] }];
  });
}
