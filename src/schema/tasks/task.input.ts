import { Field, ID, InputType, Int } from 'type-graphql';
import { KommoEntityType } from '../common/entity-type.enum';
import { PeopleWriteInput } from '../common/record-write.input';

@InputType()
abstract class TaskWriteInput extends PeopleWriteInput {
  @Field(() => KommoEntityType, {
    nullable: true,
    description:
      'LEAD, CONTACT or COMPANY (CUSTOMER is refused: Ponte cannot check customer ids); together with entityId.',
  })
  entityType?: KommoEntityType | null;

  @Field(() => ID, { nullable: true, description: 'The record the task is about; together with entityType.' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: '1 = follow-up, 2 = meeting, others per account.' })
  taskTypeId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Seconds, ≥ 0.' })
  duration?: number | null;
}

@InputType({ description: 'A new task.' })
export class CreateTaskInput extends TaskWriteInput {
  @Field(() => String, { description: 'Must not be blank.' })
  text!: string;

  @Field(() => Date, { description: 'The deadline.' })
  completeTill!: Date;
}

@InputType({
  description: 'Changes to one task: at least one field besides id. Complete it with isCompleted: true and a result.',
})
export class UpdateTaskInput extends TaskWriteInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Must not be blank.' })
  text?: string | null;

  @Field(() => Date, { nullable: true })
  completeTill?: Date | null;

  @Field(() => Boolean, { nullable: true })
  isCompleted?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The result text; only with isCompleted: true.' })
  result?: string | null;
}
