import { asArray, asInt, isRecord, path } from '../lib/decode';
import type { DealEvent } from '../schema/deals/deal-event.type';
import type { Deal } from '../schema/deals/deal.type';
import { WoofedContact, WoofedContactPage } from '../schema/woofed-contacts/woofed-contact.type';
import { mapDeal, mapDealContact } from './woofed.deal-mapper';
import { mapDealEvent } from './woofed.event-mapper';
import { toWoofedId } from './woofed-id';

/** What `GET /contacts/{id}` says beyond the contact: its deals and its timeline, in upstream order. */
export interface ContactRecords {
  deals: Deal[];
  events: DealEvent[];
  /** Rows without the fields a mapper needs, left out. */
  dropped: number;
}

/**
 * `GET|POST /contacts/search` (`{"data":[contact…],"pagination":{…Pagy…}}`) → a page. `undefined`
 * when the body or its pagination is not of that shape; contacts without an id are left out.
 */
export function mapContactPage(raw: unknown): { page: WoofedContactPage; dropped: number } | undefined {
  const rows = asArray(path(raw, 'data'));
  const pagination = path(raw, 'pagination');
  if (rows === undefined || !isRecord(pagination)) return undefined;
  const page = asInt(pagination['page']);
  const pages = asInt(pagination['pages']);
  const count = asInt(pagination['count']);
  if (page === undefined || pages === undefined || count === undefined) return undefined;
  const contacts = rows.flatMap((row) => mapWoofedContact(row) ?? []);
  const next = asInt(pagination['next']) ?? null;
  return {
    page: Object.assign(new WoofedContactPage(), { contacts, page, pages, count, nextPage: next }),
    dropped: rows.length - contacts.length,
  };
}

/** `GET /contacts/{id}` → its deals (each with this contact; stage and pipeline are not embedded there) and events. */
export function mapContactRecords(raw: unknown): ContactRecords {
  const contact = mapDealContact(raw);
  const dealRows = asArray(path(raw, 'deals')) ?? [];
  const eventRows = asArray(path(raw, 'events')) ?? [];
  const deals = dealRows.flatMap((row) => {
    const deal = mapDeal(row);
    return deal === undefined ? [] : [Object.assign(deal, { contact })];
  });
  const events = eventRows.flatMap((row) => mapDealEvent(row) ?? []);
  return { deals, events, dropped: dealRows.length - deals.length + eventRows.length - events.length };
}

function mapWoofedContact(raw: unknown): WoofedContact | undefined {
  const contact = mapDealContact(raw);
  const woofedId = contact === null ? undefined : toWoofedId(contact.id);
  if (contact === null || woofedId === undefined) return undefined;
  return Object.assign(new WoofedContact(), contact, { woofedId });
}
