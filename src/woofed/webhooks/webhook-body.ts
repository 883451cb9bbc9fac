import { asString, isRecord } from '../../lib/decode';

/** The WoofedCRM webhook events that carry a deal timeline event (reference §7). */
const EVENT_WEBHOOKS = new Set(['event_created', 'event_updated']);

/**
 * WoofedCRM's webhook body `{"event": "<name>", "data": {…record as_json…}}`: the event record of
 * an `event_created` / `event_updated`, `undefined` for every other webhook (contacts, deals) and
 * for anything not JSON.
 */
export function timelineEventOf(body: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const name = asString(parsed['event']);
  return name !== undefined && EVENT_WEBHOOKS.has(name) && isRecord(parsed['data']) ? parsed['data'] : undefined;
}
