import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { validate } from '../common/input-checks';
import { kommoId } from '../common/input-rules';
import { User } from './user.type';

@Resolver(() => User)
export class UserResolver {
  @Query(() => [User], { description: "Every user of the account (Kommo answers 403 unless the token is an admin's)." })
  users(@Ctx() ctx: Context): Promise<User[]> {
    return ctx.loaders.kommo.users();
  }

  @Query(() => User, { nullable: true, description: 'A user by id; null when the account does not list it.' })
  user(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<User | null> {
    validate((c) => kommoId(c, 'id', id));
    return ctx.loaders.kommo.userById(id);
  }
}
