import DataLoader from 'dataloader';
import type { Logger } from '../logger';
import type { Deal } from '../schema/deals/deal.type';
import type { WoofedClient } from './woofed.client';
import { mapDeal } from './woofed.deal-mapper';
import { UpstreamBadResponseError } from '../upstream/errors';
import { mapContactRecords, type ContactRecords } from './woofed.contact-mapper';
import type { WoofedId } from './woofed-id';

/**
 * The per-request WoofedCRM loaders; build a fresh set for every GraphQL request. WoofedCRM has
 * no multi-get, so each distinct id costs one GET, and repeats within the request cost none.
 * - `dealById`: `null` for a deal WoofedCRM does not know (404); an unreadable deal is an
 *   UPSTREAM_BAD_RESPONSE error for that key only.
 * - `recordsByContactId`: the contact's deals and whole timeline (`GET /contacts/:id`, the only
 *   way to read events or a contact's deals), in upstream order; none for an unknown contact.
 *   Unreadable rows are dropped and logged.
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
    recordsByContactId: new DataLoader<WoofedId, Pick<ContactRecords, 'deals' | 'events'>>((ids) =>
      eachKey(ids, async (id) => {
        const raw = await client.getContact(id);
        if (raw === null) return { deals: [], events: [] };
        const { deals, events, dropped } = mapContactRecords(raw);
        if (dropped > 0) logger.warn('dropped unreadable WoofedCRM deals or events of a contact', { dropped });
        return { deals, events };
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
