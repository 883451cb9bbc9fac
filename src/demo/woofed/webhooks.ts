/**
 * WoofedCRM's outgoing webhooks (`WebhookListener` + `WebhookWorker`, reference §7): on
 * `contact_created/updated`, `deal_created/updated` and `event_created/updated` a job POSTs JSON
 * `{"event": …, "data": {…as_json, includes…, "changed_attributes": …}}` to every URL configured
 * in Settings → Webhooks (here: `urls`). No signature header. Changes are found by comparing each
 * record's `as_json` with the last one sent, after every write and every run of the delivery
 * jobs; within one change set contacts come first, then deals, then events, each in id order.
 */
import { HookQueue, type HookDelivery, type HookQueueOptions } from '../hook-queue';
import { renderContact, renderDeal, renderEvent, type RenderContext } from './serialize';
import { byId } from './store';
import type { WoofedContact, WoofedDeal, WoofedEvent } from './types';

type Model = 'contact' | 'deal' | 'event';
type Json = Record<string, unknown>;

export interface WoofedWebhooksOptions extends HookQueueOptions {
  /** The URLs of Settings → Webhooks. @default [] */
  urls?: readonly string[];
}

export class WoofedWebhooks {
  /** Settings → Webhooks: every change is POSTed to each of these, in order. */
  urls: string[];
  private readonly queue: HookQueue;
  private readonly sent = new Map<string, Json>();

  constructor(
    private readonly ctx: RenderContext,
    options: WoofedWebhooksOptions = {},
  ) {
    this.urls = [...(options.urls ?? [])];
    this.queue = new HookQueue(options);
    for (const [key, json] of this.snapshot()) this.sent.set(key, json);
  }

  get deliveries(): readonly HookDelivery[] {
    return this.queue.deliveries;
  }

  /** Queues a hook for every record created or changed since the last call. */
  notice(): void {
    const bodies: string[] = [];
    for (const [key, json, include] of this.snapshot()) {
      const previous = this.sent.get(key);
      const changed = previous === undefined ? null : changedAttributes(previous, json);
      if (changed !== null && changed.length === 0) continue;
      this.sent.set(key, json);
      const [model] = key.split(':') as [Model];
      const event = `${model}_${previous === undefined ? 'created' : 'updated'}`;
      bodies.push(JSON.stringify({ event, data: { ...json, ...include(), changed_attributes: changed } }));
    }
    if (bodies.length === 0 || this.urls.length === 0) return;
    const urls = [...this.urls];
    this.queue.enqueue(async (send) => {
      for (const body of bodies) for (const url of urls) await send(url, body, 'application/json');
    });
  }

  idle(): Promise<void> {
    return this.queue.idle();
  }

  close(): Promise<void> {
    return this.queue.close();
  }

  /** Every record's `as_json`, with what its hook adds (deal → contact, contact → deals, event → deal, contact, content). */
  private *snapshot(): Generator<[string, Json, () => Json]> {
    const { store } = this.ctx;
    const ascending = <T extends { id: number }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.id - b.id);
    for (const contact of ascending(store.contacts)) {
      yield [`contact:${contact.id}`, renderContact(this.ctx, contact), () => this.contactIncludes(contact)];
    }
    for (const deal of ascending(store.deals)) {
      yield [`deal:${deal.id}`, renderDeal(this.ctx, deal), () => this.dealIncludes(deal)];
    }
    for (const event of ascending(store.events)) {
      yield [`event:${event.id}`, renderEvent(this.ctx, event), () => this.eventIncludes(event)];
    }
  }

  private contactIncludes(contact: WoofedContact): Json {
    const deals = this.ctx.store.deals.filter((d) => d.contact_id === contact.id).sort((a, b) => a.id - b.id);
    return { deals: deals.map((deal) => renderDeal(this.ctx, deal)) };
  }

  private dealIncludes(deal: WoofedDeal): Json {
    const contact = byId(this.ctx.store.contacts, deal.contact_id);
    return { contact: contact === undefined ? null : renderContact(this.ctx, contact) };
  }

  private eventIncludes(event: WoofedEvent): Json {
    const deal = byId(this.ctx.store.deals, event.deal_id);
    const contact = byId(this.ctx.store.contacts, event.contact_id);
    return {
      deal: deal === undefined ? null : renderDeal(this.ctx, deal),
      contact: contact === undefined ? null : renderContact(this.ctx, contact),
      content: event.content,
    };
  }
}

/** Rails' `previous_changes` as the listener sends it: `[{attr: {previous_value, current_value}}, …]`. */
function changedAttributes(before: Json, after: Json): Json[] {
  const changed: Json[] = [];
  for (const [attribute, current] of Object.entries(after)) {
    const previous = before[attribute];
    if (JSON.stringify(previous) !== JSON.stringify(current)) {
      changed.push({ [attribute]: { previous_value: previous ?? null, current_value: current } });
    }
  }
  return changed;
}
