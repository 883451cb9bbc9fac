import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { User } from '../users/user.type';
import { Note } from './note.type';

@Resolver(() => Note)
export class NoteResolver {
  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() note: Note, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.kommo.userById(note.createdById);
  }
}
