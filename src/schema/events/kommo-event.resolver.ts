import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { KommoEntity, type KommoEntityValue } from '../common/kommo-entity.union';
import { User } from '../users/user.type';
import { EntityRef } from './event-values.type';
import { KommoEvent } from './kommo-event.interface';

/** Fields of the interface; type-graphql gives them to every concrete event type. */
@Resolver(() => KommoEvent)
export class KommoEventResolver {
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

@Resolver(() => EntityRef)
export class EntityRefResolver {
  @FieldResolver(() => KommoEntity, { nullable: true })
  entity(@Root() ref: EntityRef, @Ctx() ctx: Context): Promise<KommoEntityValue | null> {
    return ctx.loaders.kommo.entity(ref.entityType, ref.entityId);
  }
}
