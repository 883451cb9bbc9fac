import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { KommoEntityType } from '../common/entity-type.enum';
import { CustomFieldDefinition } from '../custom-fields/custom-field-definition.type';
import { Note } from '../notes/note.type';
import { PipelineStatus } from '../pipelines/pipeline-status.type';
import { TaskType } from '../tasks/task-type.type';
import { Task } from '../tasks/task.type';
import { User } from '../users/user.type';
import {
  CustomFieldValueChangedEvent,
  LeadStatusChangedEvent,
  ResponsibleChangedEvent,
  type StatusRef,
} from './change-events.type';
import { NoteEvent } from './plain-events.type';
import { TaskTypeChangedEvent } from './task-events.type';

const none = Promise.resolve(null);

@Resolver(() => NoteEvent)
export class NoteEventResolver {
  @FieldResolver(() => Note, {
    nullable: true,
    description: "The note, from the feed of the event entity (for task events, of the task's entity).",
  })
  async note(@Root() event: NoteEvent, @Ctx() ctx: Context): Promise<Note | null> {
    if (event.noteId === null) return null;
    if (event.entityType !== KommoEntityType.TASK) return ctx.loaders.kommo.note(event.entityType, event.noteId);
    // Kommo has no task notes: a task result is a note in the feed of the record the task is on.
    const task = await ctx.loaders.kommo.entity(KommoEntityType.TASK, event.entityId);
    return task instanceof Task && task.entityType !== null
      ? ctx.loaders.kommo.note(task.entityType, event.noteId)
      : null;
  }
}

@Resolver(() => LeadStatusChangedEvent)
export class LeadStatusChangedEventResolver {
  @FieldResolver(() => PipelineStatus, { nullable: true })
  statusBefore(@Root() event: LeadStatusChangedEvent, @Ctx() ctx: Context): Promise<PipelineStatus | null> {
    return resolveStatus(ctx, event.statusRefBefore);
  }

  @FieldResolver(() => PipelineStatus, { nullable: true })
  statusAfter(@Root() event: LeadStatusChangedEvent, @Ctx() ctx: Context): Promise<PipelineStatus | null> {
    return resolveStatus(ctx, event.statusRefAfter);
  }
}

function resolveStatus(ctx: Context, ref: StatusRef | null): Promise<PipelineStatus | null> {
  return ref === null ? none : ctx.loaders.kommo.status(ref.pipelineId, ref.statusId);
}

@Resolver(() => ResponsibleChangedEvent)
export class ResponsibleChangedEventResolver {
  @FieldResolver(() => User, { nullable: true })
  responsibleBefore(@Root() event: ResponsibleChangedEvent, @Ctx() ctx: Context): Promise<User | null> {
    return event.responsibleIdBefore === null ? none : ctx.loaders.kommo.userById(event.responsibleIdBefore);
  }

  @FieldResolver(() => User, { nullable: true })
  responsibleAfter(@Root() event: ResponsibleChangedEvent, @Ctx() ctx: Context): Promise<User | null> {
    return event.responsibleIdAfter === null ? none : ctx.loaders.kommo.userById(event.responsibleIdAfter);
  }
}

@Resolver(() => TaskTypeChangedEvent)
export class TaskTypeChangedEventResolver {
  @FieldResolver(() => TaskType, { nullable: true })
  taskTypeBefore(@Root() event: TaskTypeChangedEvent, @Ctx() ctx: Context): Promise<TaskType | null> {
    return event.taskTypeIdBefore === null ? none : ctx.loaders.kommo.taskTypeById(event.taskTypeIdBefore);
  }

  @FieldResolver(() => TaskType, { nullable: true })
  taskTypeAfter(@Root() event: TaskTypeChangedEvent, @Ctx() ctx: Context): Promise<TaskType | null> {
    return event.taskTypeIdAfter === null ? none : ctx.loaders.kommo.taskTypeById(event.taskTypeIdAfter);
  }
}

@Resolver(() => CustomFieldValueChangedEvent)
export class CustomFieldValueChangedEventResolver {
  @FieldResolver(() => CustomFieldDefinition, {
    nullable: true,
    description: 'The field definition of the event entity type.',
  })
  field(@Root() event: CustomFieldValueChangedEvent, @Ctx() ctx: Context): Promise<CustomFieldDefinition | null> {
    return event.fieldId === null ? none : ctx.loaders.kommo.customField(event.entityType, event.fieldId);
  }
}
