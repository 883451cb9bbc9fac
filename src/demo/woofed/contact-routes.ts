/** `ContactsController#show` and `#create` (search lives in contact-search.ts). */
import type { SimResponse } from '../http';
import { castInteger } from './cast';
import { createContact as saveContact } from './contact-write';
import type { RouteContext } from './context';
import { json, recordNotFound, unprocessable } from './responses';
import { renderContact, renderDeal, renderEvent } from './serialize';
import { byId } from './store';

/** GET /contacts/:id — contact + `deals` + `events` (no `content`); `find`, so the handler's 404. */
export function showContact(ctx: RouteContext): SimResponse {
  const { store } = ctx;
  const contact = byId(store.contacts, castInteger(ctx.path['id']));
  if (!contact) return recordNotFound();
  const byIdAsc = <T extends { id: number }>(rows: T[]): T[] => [...rows].sort((a, b) => a.id - b.id);
  return json(200, {
    ...renderContact(ctx, contact),
    deals: byIdAsc(store.deals.filter((d) => d.contact_id === contact.id)).map((d) => renderDeal(ctx, d)),
    events: byIdAsc(store.events.filter((e) => e.contact_id === contact.id)).map((e) => renderEvent(ctx, e)),
  });
}

/** POST /contacts — 201, or 422 `{"errors":[full messages]}`. */
export function createContact(ctx: RouteContext): SimResponse {
  const result = saveContact(ctx.store, ctx.now, ctx.params);
  return result.ok ? json(201, renderContact(ctx, result.contact)) : unprocessable(result.errors);
}
