import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { buildTaskQuery } from '../../kommo/entities/entity-query';
import { KommoEntity, type KommoEntityValue } from '../common/kommo-entity.union';
import { KommoRecordResolver } from '../common/kommo-record.resolver';
import { listPage, recordById } from '../common/record-queries';
import { createRecords, updateRecord } from '../common/record-writes';
import { TaskConnection } from './task-connection.type';
import { TaskListArgs } from './task-filter.input';
import { TaskType } from './task-type.type';
import { CreateTaskInput, UpdateTaskInput } from './task.input';
import { checkTaskFilter } from './task.rules';
import { Task } from './task.type';
import { TASK_WRITES } from './task.writes';

/** Everything about `Task`: its queries and mutations, its type and the record it is attached to. */
@Resolver(() => Task)
export class TaskResolver extends KommoRecordResolver(Task) {
  @Query(() => TaskConnection, {
    description: 'Tasks (GET /api/v4/tasks), filtered and sorted by Kommo; paged like events.',
  })
  tasks(@Ctx() ctx: Context, @Args(() => TaskListArgs) args: TaskListArgs): Promise<TaskConnection> {
    return listPage(ctx, TaskConnection, 'tasks', args, (c) => {
      const filter = checkTaskFilter(c, args.filter);
      return (request) => buildTaskQuery(filter, request);
    });
  }

  @Query(() => Task, { nullable: true, description: 'A task by id; null when Kommo does not return it.' })
  task(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Task | null> {
    return recordById(ctx, 'tasks', id);
  }

  @Mutation(() => [Task], {
    description:
      'Creates tasks, in input order. Over 250 go in sequential batches (see createLeads for partial failures).',
  })
  createTasks(@Ctx() ctx: Context, @Arg('input', () => [CreateTaskInput]) input: CreateTaskInput[]): Promise<Task[]> {
    return createRecords(ctx, TASK_WRITES, input);
  }

  @Mutation(() => Task, { description: 'Changes one task; complete it with isCompleted: true and a result.' })
  updateTask(@Ctx() ctx: Context, @Arg('input', () => UpdateTaskInput) input: UpdateTaskInput): Promise<Task> {
    return updateRecord(ctx, TASK_WRITES, input);
  }

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
