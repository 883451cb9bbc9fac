import DataLoader from 'dataloader';
import { asArray, path } from '../lib/decode';
import type { Logger } from '../logger';
import type { DealEvent } from '../schema/deals/deal-event.type';
import type { Deal } from '../schema/deals/deal.type';
import type { WoofedClient } from './woofed.client';
import { mapDeal } from './woofed.deal-mapper';
import { UpstreamBadResponseError } from '../upstream/errors';
import { mapDealEvent } from './woofed.event-mapper';
import type { WoofedId } from './woofed-id';

/**
 * The per-request WoofedCRM loaders; build a fresh set for every GraphQL request. WoofedCRM has
 * no multi-get, so each distinct id costs one GET, and repeats within the request cost none.
 * - `dealById`: `null` for a deal WoofedCRM does not know (404); an unreadable deal is an
 *   UPSTREAM_BAD_RESPONSE error for that key only.
 * - `eventsByContactId`: the contact's whole timeline (`GET /contacts/:id`, the only way to read
 *   events), in upstream order; `[]` for an unknown contact. Unreadable rows are dropped and logged.
 */
export function createWoofedLoaders(client: WoofedClient, logger: Logger) {
  return {
    dealById: new DataLoader<WoofedId, Deal | null>((ids) =>
      eachKey(ids, async (id) => {
        const raw = await client.getDeal(id);
        if (raw === null) return null;
        const deal = mapDeal(raw);
        if (deal === undefined) throw new UpstreamBadResponseError('woofed', 200, 'not of the documented shape');
        return deal;
      }),
    ),
    eventsByContactId: new DataLoader<WoofedId, DealEvent[]>((ids) =>
      eachKey(ids, async (id) => {
        const raw = await client.getContact(id);
        return raw === null ? [] : mapTimeline(asArray(path(raw, 'events')) ?? [], logger);
      }),
    ),
  };
}

export type WoofedLoaders = ReturnType<typeof createWoofedLoaders>;

/** One load per key, in parallel; a failure becomes that key's error (DataLoader's contract). */
function eachKey<K, V>(keys: readonly K[], load: (key: K) => Promise<V>): Promise<Array<V | Error>> {
  return Promise.all(
    keys.map((key) => load(key).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))),
  );
}

function mapTimeline(rows: readonly unknown[], logger: Logger): DealEvent[] {
  const events = rows.flatMap((row) => mapDealEvent(row) ?? []);
  const dropped = rows.length - events.length;
  if (dropped > 0) logger.warn('dropped WoofedCRM events without id, contact, kind or created_at', { dropped });
  return events;
}
