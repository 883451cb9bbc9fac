import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { TaskOwnerType } from '../../kommo/kommo.link-loaders';
import { Task } from '../tasks/task.type';
import { User } from '../users/user.type';

interface KommoRecord {
  id: string;
  /** 0 means robot/unassigned. */
  responsibleUserId: number;
  createdById: number;
}

/**
 * The field resolvers every Kommo record type (Lead, Contact, Company, Task) shares, as the
 * abstract base of that type's one resolver: `class TaskResolver extends KommoRecordResolver(Task)`.
 * Written once, they have the same types and descriptions on every member of `KommoEntity`, which
 * lets a client select them without aliases. type-graphql takes the object type in the
 * decorator, hence a base class made per record type; it is never registered itself (type-graphql
 * 2.0.0-rc.4 has no `isAbstract` option: a resolver class is abstract by not being listed), and
 * the registered subclass inherits its field resolvers.
 */
export function KommoRecordResolver<T extends KommoRecord>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class KommoRecordFields {
    @FieldResolver(() => User, { nullable: true })
    responsibleUser(@Root() record: T, @Ctx() ctx: Context): Promise<User | null> {
      return ctx.loaders.kommo.userById(record.responsibleUserId);
    }

    @FieldResolver(() => User, { nullable: true, description: 'Null for robot/system (created_by 0).' })
    createdBy(@Root() record: T, @Ctx() ctx: Context): Promise<User | null> {
      return ctx.loaders.kommo.userById(record.createdById);
    }
  }
  return KommoRecordFields;
}

/**
 * `KommoRecordResolver` plus `tasks`, for the records tasks are attached to (leads, contacts,
 * companies). All the records of one type in a response share one tasks call
 * (`filter[entity_type]` + `filter[entity_id][]`), paged until complete.
 */
export function CrmRecordResolver<T extends KommoRecord>(type: ClassType<T>, owner: TaskOwnerType) {
  @Resolver(() => type)
  abstract class CrmRecordFields extends KommoRecordResolver(type) {
    @FieldResolver(() => [Task], {
      nullable: true,
      description: 'Tasks attached to this record, oldest first (by id), open and completed.',
    })
    tasks(@Root() record: T, @Ctx() ctx: Context): Promise<Task[]> {
      return ctx.loaders.kommo.tasksOf(owner, record.id);
    }
  }
  return CrmRecordFields;
}
