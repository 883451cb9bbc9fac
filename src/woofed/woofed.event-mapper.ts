import { asBoolean, asId, asRecord, asString, isRecord } from '../lib/decode';
import { dealEventKindOf } from '../schema/deals/deal-event-kind.enum';
import { DealEventApp } from '../schema/deals/deal-event-app.type';
import { DealEvent } from '../schema/deals/deal-event.type';
import { instantOf } from './woofed.decode';

/**
 * A WoofedCRM event (`as_json`, §3.5 of the reference) → `DealEvent`, instants in UTC. Returns
 * `undefined` without an id, contact, kind or created_at; every other field degrades to its
 * upstream default. An unknown kind becomes `UNKNOWN` with `rawKind` kept. REST never sends
 * `content`, so `contentFallback` (the body the caller sent) stands in when it is absent.
 */
export function mapDealEvent(raw: unknown, contentFallback?: string): DealEvent | undefined {
  if (!isRecord(raw)) return undefined;
  const id = asId(raw['id']);
  const contactId = asId(raw['contact_id']);
  const rawKind = asString(raw['kind']);
  const createdAt = instantOf(raw['created_at']);
  if (
    id === undefined ||
    contactId === undefined ||
    rawKind === undefined ||
    rawKind === '' ||
    createdAt === undefined
  ) {
    return undefined;
  }
  const doneAt = instantOf(raw['done_at']) ?? null;
  return Object.assign(new DealEvent(), {
    id,
    dealId: asId(raw['deal_id']) ?? null,
    contactId,
    kind: dealEventKindOf(rawKind),
    rawKind,
    title: asString(raw['title']) ?? '',
    content: asString(raw['content']) ?? contentFallback ?? null,
    done: asBoolean(raw['done']) ?? doneAt !== null,
    doneAt,
    scheduledAt: instantOf(raw['scheduled_at']) ?? null,
    sendNow: asBoolean(raw['send_now']) ?? null,
    autoDone: asBoolean(raw['auto_done']) ?? false,
    fromMe: asBoolean(raw['from_me']) ?? null,
    status: asString(raw['status']) ?? null,
    app: mapApp(raw['app_type'], raw['app_id']),
    additionalAttributes: asRecord(raw['additional_attributes']) ?? {},
    customAttributes: asRecord(raw['custom_attributes']) ?? {},
    createdAt,
    updatedAt: instantOf(raw['updated_at']) ?? createdAt,
  });
}

function mapApp(type: unknown, id: unknown): DealEventApp | null {
  const appType = asString(type);
  const appId = asId(id);
  if (appType === undefined || appType === '' || appId === undefined) return null;
  return Object.assign(new DealEventApp(), { id: appId, type: appType });
}
