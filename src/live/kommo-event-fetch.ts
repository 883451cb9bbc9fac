import { KOMMO_EVENTS_LIMIT, type QueryPairs } from '../kommo/kommo.client';
import type { NamedRecords } from '../kommo/webhooks/webhook-form';
import { toUnixSeconds } from '../lib/decode';

/** Kommo sends a webhook within seconds of the change; events older than this are not looked for. */
export const WEBHOOK_LOOKBACK_MS = 120_000;

/** Ids `filter[entity_id]` takes at most (reference §6.1). */
const MAX_ENTITY_IDS = 10;

/**
 * The one `GET /api/v4/events` a burst of webhooks costs: the named records' recent events.
 * `filter[entity_id]` needs exactly one entity type, so a burst naming several types (or more ids
 * than the filter takes) asks for those types' recent events instead; the hub drops what it has
 * already published.
 */
export function webhookEventsQuery(named: NamedRecords, now: Date): QueryPairs {
  const types = [...named.keys()];
  const query: QueryPairs = [['filter[entity]', types.join(',')]];
  const ids = types.length === 1 ? [...(named.get(types[0]!) ?? [])] : [];
  if (ids.length > 0 && ids.length <= MAX_ENTITY_IDS) query.push(['filter[entity_id]', ids.join(',')]);
  query.push(['filter[created_at][from]', String(toUnixSeconds(new Date(now.getTime() - WEBHOOK_LOOKBACK_MS)))]);
  query.push(['limit', String(KOMMO_EVENTS_LIMIT)]);
  return query;
}

/** The poll's query: every event since `since` (inclusive: Kommo counts whole seconds). */
export function pollEventsQuery(since: Date): QueryPairs {
  return [
    ['filter[created_at][from]', String(toUnixSeconds(since))],
    ['limit', String(KOMMO_EVENTS_LIMIT)],
  ];
}
