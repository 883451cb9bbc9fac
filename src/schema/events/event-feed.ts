import type { Context } from '../../context';
import { KOMMO_EVENTS_LIMIT } from '../../kommo/kommo.client';
import { buildEventQuery } from '../../kommo/events/event-query';
import { decodeEvent } from '../../kommo/events/decode-event';
import { argsHash, checkPageSize, pageAfter, pageInfoFor } from '../common/cursor';
import { validate } from '../common/input-checks';
import { DateTimeRange } from '../common/date-time-range.input';
import { EventConnection } from './event-connection.type';
import { EventFilter } from './event-filter.input';
import { checkEventFilter } from './event-filter.rules';
import type { KommoEvent } from './kommo-event.interface';

/**
 * One page of the Kommo event feed, newest first. Page size, filter and cursor are validated
 * together (one BAD_USER_INPUT listing every problem) before the single events call.
 */
export async function eventPage(
  ctx: Context,
  filter: EventFilter | null | undefined,
  first: number,
  after: string | null | undefined,
): Promise<EventConnection> {
  const cursor = validate((c) => {
    checkPageSize(c, first, KOMMO_EVENTS_LIMIT);
    if (filter !== undefined && filter !== null) checkEventFilter(c, filter);
    return pageAfter(c, 'events', after, first, argsHash(filter ?? null));
  });
  const result = await ctx.kommo.listEvents(
    buildEventQuery(boundedFilter(filter ?? undefined, cursor.bound), cursor.page, first),
  );
  const nodes = decodeAll(ctx, result.items);
  // The feed grows at the top while a client pages through it: fix the newest instant of the
  // first page, so later pages (by number) are counted over the same rows.
  const bound = cursor.bound ?? newestSecond(nodes);
  return Object.assign(new EventConnection(), {
    nodes,
    pageInfo: pageInfoFor('events', bound === undefined ? cursor : { ...cursor, bound }, result.hasNext),
  });
}

/** One event by its Kommo id; null when unknown (a blank id costs no call). */
export async function eventById(ctx: Context, id: string): Promise<KommoEvent | null> {
  if (id.trim() === '') return null;
  const raw = await ctx.kommo.getEvent(id);
  return raw === null ? null : (decodeAll(ctx, [raw])[0] ?? null);
}

/** The filter with `createdAt.to` no later than `bound` (Unix seconds), when there is one. */
function boundedFilter(filter: EventFilter | undefined, bound: number | undefined): EventFilter | undefined {
  if (bound === undefined) return filter;
  const boundAt = new Date(bound * 1000);
  const to = filter?.createdAt?.to;
  const createdAt = Object.assign(new DateTimeRange(), filter?.createdAt, {
    to: to !== undefined && to !== null && to < boundAt ? to : boundAt,
  });
  return Object.assign(new EventFilter(), filter, { createdAt });
}

function newestSecond(events: readonly KommoEvent[]): number | undefined {
  const newest = Math.max(...events.map((event) => event.createdAt.getTime()));
  return Number.isFinite(newest) ? Math.floor(newest / 1000) : undefined;
}

/** Decodes a page; rows whose envelope is unusable are dropped and logged (without their body). */
function decodeAll(ctx: Context, rows: readonly unknown[]): KommoEvent[] {
  const events: KommoEvent[] = [];
  let dropped = 0;
  for (const row of rows) {
    const event = decodeEvent(row);
    if (event === undefined) dropped += 1;
    else events.push(event);
  }
  if (dropped > 0)
    ctx.logger.warn('dropped Kommo events without id, type, entity or created_at', {
      dropped,
      requestId: ctx.requestId,
    });
  return events;
}
