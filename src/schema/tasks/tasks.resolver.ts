import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { buildTaskQuery } from '../../kommo/entities/entity-query';
import { checkTaskFilter } from './task.rules';
import { TaskConnection } from './task-connection.type';
import { listPage, recordById } from '../common/record-queries';
import { TaskListArgs } from './task-filter.input';
import { Task } from './task.type';

@Resolver()
export class TasksResolver {
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
}
