import { Field, ID, InputType } from 'type-graphql';
import { DateTimeRange } from '../common/date-time-range.input';

/** Filters leads, contacts and companies share (Kommo `filter[...]`); every given condition must hold. */
@InputType()
export abstract class RecordFilter {
  @Field(() => [ID], { nullable: true, description: 'At most 250.' })
  ids?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Exact names.' })
  names?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Creating users.' })
  createdBy?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Users who last updated the record.' })
  updatedBy?: string[] | null;

  @Field(() => [ID], { nullable: true })
  responsibleUserIds?: string[] | null;

  @Field(() => DateTimeRange, { nullable: true })
  createdAt?: DateTimeRange | null;

  @Field(() => DateTimeRange, { nullable: true })
  updatedAt?: DateTimeRange | null;

  @Field(() => DateTimeRange, { nullable: true, description: 'The deadline of the nearest open task.' })
  closestTaskAt?: DateTimeRange | null;
}
