import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { User } from '../users/user.type';

interface HasPeople {
  responsibleUserId: number;
  createdById: number;
}

/** `responsibleUser` and `createdBy` for a record type, resolved through the per-request user loader. */
export function createPeopleResolver<T extends HasPeople>(type: ClassType<T>): ClassType {
  @Resolver(() => type)
  class PeopleResolver {
    @FieldResolver(() => User, { nullable: true })
    responsibleUser(@Root() record: T, @Ctx() ctx: Context): Promise<User | null> {
      return ctx.loaders.kommo.userById(record.responsibleUserId);
    }

    @FieldResolver(() => User, { nullable: true, description: 'Null for robot/system (created_by 0).' })
    createdBy(@Root() record: T, @Ctx() ctx: Context): Promise<User | null> {
      return ctx.loaders.kommo.userById(record.createdById);
    }
  }
  return PeopleResolver;
}
