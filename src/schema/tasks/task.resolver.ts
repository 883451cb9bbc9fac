import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { KommoEntity, type KommoEntityValue } from '../common/kommo-entity.union';
import { TaskType } from './task-type.type';
import { Task } from './task.type';

@Resolver(() => Task)
export class TaskResolver {
  @FieldResolver(() => TaskType, { nullable: true })
  taskType(@Root() task: Task, @Ctx() ctx: Context): Promise<TaskType | null> {
    return ctx.loaders.kommo.taskTypeById(String(task.taskTypeId));
  }

  @FieldResolver(() => KommoEntity, { nullable: true })
  entity(@Root() task: Task, @Ctx() ctx: Context): Promise<KommoEntityValue | null> {
    if (task.entityType === null || task.entityId === null) return Promise.resolve(null);
    return ctx.loaders.kommo.entity(task.entityType, task.entityId);
  }
}
