import { Field, ObjectType } from 'type-graphql';
import { KommoEvent } from './kommo-event.interface';

@ObjectType({ simpleResolvers: true, implements: KommoEvent })
export class TaskTextChangedEvent extends KommoEvent {
  @Field(() => String, { nullable: true })
  textBefore!: string | null;

  @Field(() => String, { nullable: true })
  textAfter!: string | null;
}

@ObjectType({ simpleResolvers: true, implements: KommoEvent })
export class TaskDeadlineChangedEvent extends KommoEvent {
  @Field(() => Date, { nullable: true })
  deadlineBefore!: Date | null;

  @Field(() => Date, { nullable: true })
  deadlineAfter!: Date | null;
}

@ObjectType({ simpleResolvers: true, implements: KommoEvent, description: 'taskTypeBefore/After are resolved from the account task types.' })
export class TaskTypeChangedEvent extends KommoEvent {
  taskTypeIdBefore!: string | null;
  taskTypeIdAfter!: string | null;
}
