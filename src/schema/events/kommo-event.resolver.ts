import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { KommoEntity, type KommoEntityValue } from '../common/kommo-entity.union';
import { User } from '../users/user.type';
import { EventConnection } from './event-connection.type';
import { eventById, eventPage } from './event-feed';
import { EventFilter } from './event-filter.input';
import { KommoEvent } from './kommo-event.interface';

/**
 * Everything about `KommoEvent`: the feed and one event by id, and the fields of the interface,
 * which type-graphql gives to every concrete event type.
 */
@Resolver(() => KommoEvent)
export class KommoEventResolver {
  @Query(() => EventConnection, { description: 'The Kommo event feed, newest first.' })
  events(
    @Ctx() ctx: Context,
    @Arg('filter', () => EventFilter, { nullable: true }) filter?: EventFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) requested?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<EventConnection> {
    return eventPage(ctx, filter, requested ?? 50, after);
  }

  @Query(() => KommoEvent, { nullable: true, description: 'One event by its Kommo id; null when unknown.' })
  event(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<KommoEvent | null> {
    return eventById(ctx, id);
  }

  @FieldResolver(() => KommoEntity, {
    nullable: true,
    description: 'Resolved (batched); null when gone or not visible.',
  })
  entity(@Root() event: KommoEvent, @Ctx() ctx: Context): Promise<KommoEntityValue | null> {
    return ctx.loaders.kommo.entity(event.entityType, event.entityId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null for robot/system (created_by 0).' })
  createdBy(@Root() event: KommoEvent, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.kommo.userById(event.createdById);
  }
}
