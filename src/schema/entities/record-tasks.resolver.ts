import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { TaskOwnerType } from '../../kommo/kommo.link-loaders';
import { Task } from '../tasks/task.type';

/**
 * `tasks` of a lead, contact or company type. All the records of one type in a response share
 * one tasks call (`filter[entity_type]` + `filter[entity_id][]`), paged until complete.
 */
export function createTasksResolver<T extends { id: string }>(type: ClassType<T>, owner: TaskOwnerType): ClassType {
  @Resolver(() => type)
  class RecordTasksResolver {
    @FieldResolver(() => [Task], {
      description: 'Tasks attached to this record, oldest first (by id), open and completed.',
    })
    tasks(@Root() record: T, @Ctx() ctx: Context): Promise<Task[]> {
      return ctx.loaders.kommo.tasksOf(owner, record.id);
    }
  }
  return RecordTasksResolver;
}
