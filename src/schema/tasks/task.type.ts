import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { KommoEntityType } from '../common/entity-type.enum';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: 'A Kommo task, optionally attached to a lead, contact, company or customer.' })
export class Task {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => KommoEntityType, { nullable: true })
  entityType!: KommoEntityType | null;

  @Field(() => ID, { nullable: true })
  entityId!: string | null;

  @Field(() => Date, { nullable: true })
  completeTill!: Date | null;

  @Field(() => Boolean)
  isCompleted!: boolean;

  @Field(() => String, { nullable: true, description: 'The result text; null when the task has none.' })
  result!: string | null;

  @Field(() => Int, { nullable: true, description: 'Duration in seconds.' })
  duration!: number | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  /** Resolved by `TaskResolver`. */
  taskTypeId!: number;
  responsibleUserId!: number;
  createdById!: number;
}
