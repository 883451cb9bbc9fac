import { Field, InputType } from 'type-graphql';

@InputType({ description: 'An inclusive range of instants; either end may be omitted.' })
export class DateTimeRange {
  @Field(() => Date, { nullable: true })
  from?: Date;

  @Field(() => Date, { nullable: true })
  to?: Date;
}
