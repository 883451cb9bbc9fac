import { asInt } from '../../../lib/decode';
import { eventFilter, isPredicate } from '../filters/events';
import { selfLink } from '../present/links';
import { presentEvent } from '../present/events';
import { listPage, selfHref } from '../query/paging';
import { child } from '../query/tree';
import { hal, noContent } from '../responses';
import { EVENT_TYPES, PER_FIELD_EVENT_TYPE_CODE, perFieldEventKey } from '../seed/event-catalogue';
import type { KommoRecord } from '../store';
import { listOptions, param, type RouteHandler } from './context';

/** `GET /api/v4/events`, `/api/v4/events/{id}`, `/api/v4/events/types`. */

/** Newest first: created_at desc, then id desc (string order, as ULIDs sort). */
function newestFirst(a: KommoRecord, b: KommoRecord): number {
  const byTime = (asInt(b.created_at) ?? 0) - (asInt(a.created_at) ?? 0);
  if (byTime !== 0) return byTime;
  const x = String(a.id);
  const y = String(b.id);
  return x < y ? 1 : x > y ? -1 : 0;
}

export const listEvents: RouteHandler = (ctx) => {
  const matches = eventFilter(child(ctx.tree, 'filter'));
  if (!isPredicate(matches)) return matches;
  const rows = ctx.store.events.filter((event) => matches(event)).sort(newestFirst);
  const rules = { defaultLimit: Math.min(50, ctx.eventsPageLimit), maxLimit: ctx.eventsPageLimit };
  return listPage(rows, listOptions(ctx, 'events', rules, true), (event) =>
    presentEvent(event, ctx.origin, ctx.withSet, ctx.store),
  );
};

/** A missing id answers 204, like the other by-id reads. */
export const eventById: RouteHandler = (ctx) => {
  const id = param(ctx, 0);
  const event = ctx.store.events.find((record) => String(record.id) === id);
  return event ? hal(presentEvent(event, ctx.origin, ctx.withSet, ctx.store)) : noContent();
};

/** `language_code=pt` gives Portuguese labels; every other language English. */
export const eventTypes: RouteHandler = (ctx) => {
  const portuguese = ctx.req.query.get('language_code') === 'pt';
  const fixed = EVENT_TYPES.map((row) => ({ key: row.key, type: row.type, lang: portuguese ? row.pt : row.en }));
  const fields = [
    ...ctx.store.customFields.leads,
    ...ctx.store.customFields.contacts,
    ...ctx.store.customFields.companies,
  ];
  const perField = fields.flatMap((field) => {
    const id = asInt(field.id);
    if (id === undefined) return [];
    const name = typeof field.name === 'string' ? field.name : String(id);
    return [
      {
        key: perFieldEventKey(id),
        type: PER_FIELD_EVENT_TYPE_CODE,
        lang: portuguese ? `Campo “${name}” alterado` : `Field “${name}” changed`,
      },
    ];
  });
  const types = [...fixed, ...perField];
  return hal({
    _total_items: types.length,
    _links: selfLink(selfHref(ctx.origin, ctx.req.path, ctx.req.query)),
    _embedded: { events_types: types },
  });
};
