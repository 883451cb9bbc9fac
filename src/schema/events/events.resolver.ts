import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { KOMMO_EVENTS_LIMIT } from '../../kommo/kommo.client';
import { buildEventQuery } from '../../kommo/events/event-query';
import { decodeEvent } from '../../kommo/events/decode-event';
import { assertPageSize, pageAfter, pageInfoFor } from '../common/cursor';
import { EventConnection } from './event-connection.type';
import { EventFilter } from './event-filter.input';
import { assertValidEventFilter } from './event-filter.rules';
import { KommoEvent } from './kommo-event.interface';

@Resolver()
export class EventsResolver {
  @Query(() => EventConnection, { description: 'The Kommo event feed, newest first.' })
  async events(
    @Ctx() ctx: Context,
    @Arg('filter', () => EventFilter, { nullable: true }) filter?: EventFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) requested?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<EventConnection> {
    const first = requested ?? 50;
    assertPageSize(first, KOMMO_EVENTS_LIMIT);
    if (filter !== undefined && filter !== null) assertValidEventFilter(filter);
    const page = pageAfter('events', after, first);
    const result = await ctx.kommo.listEvents(buildEventQuery(filter ?? undefined, page, first));
    const nodes = decodeAll(ctx, result.items);
    return Object.assign(new EventConnection(), { nodes, pageInfo: pageInfoFor('events', { page, limit: first }, result.hasNext) });
  }

  @Query(() => KommoEvent, { nullable: true, description: 'One event by its Kommo id; null when unknown.' })
  async event(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<KommoEvent | null> {
    if (id.trim() === '') return null;
    const raw = await ctx.kommo.getEvent(id);
    return raw === null ? null : (decodeAll(ctx, [raw])[0] ?? null);
  }
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
  if (dropped > 0) ctx.logger.warn('dropped Kommo events without id, type, entity or created_at', { dropped, requestId: ctx.requestId });
  return events;
}
