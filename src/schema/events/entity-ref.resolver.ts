import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { KommoEntity, type KommoEntityValue } from '../common/kommo-entity.union';
import { EntityRef } from './event-values.type';

@Resolver(() => EntityRef)
export class EntityRefResolver {
  @FieldResolver(() => KommoEntity, { nullable: true })
  entity(@Root() ref: EntityRef, @Ctx() ctx: Context): Promise<KommoEntityValue | null> {
    return ctx.loaders.kommo.entity(ref.entityType, ref.entityId);
  }
}
