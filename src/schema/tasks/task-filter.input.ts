import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { DateTimeRange } from '../common/date-time-range.input';
import { KommoEntityType } from '../common/entity-type.enum';
import { PageArgs } from '../common/list-args';

@InputType({ description: 'Filters of GET /api/v4/tasks; every given condition must hold.' })
export class TaskFilter {
  @Field(() => [ID], { nullable: true, description: 'At most 250.' })
  ids?: string[] | null;

  @Field(() => KommoEntityType, { nullable: true, description: 'LEAD, CONTACT, COMPANY or CUSTOMER.' })
  entityType?: KommoEntityType | null;

  @Field(() => [ID], { nullable: true, description: 'Requires entityType. At most 250.' })
  entityIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  taskTypeIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  isCompleted?: boolean | null;

  @Field(() => [ID], { nullable: true })
  responsibleUserIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Creating users.' })
  createdBy?: string[] | null;

  @Field(() => DateTimeRange, { nullable: true })
  updatedAt?: DateTimeRange | null;
}

@ArgsType()
export class TaskListArgs extends PageArgs {
  @Field(() => TaskFilter, { nullable: true })
  filter?: TaskFilter | null;
}
