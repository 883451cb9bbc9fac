import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A scheduled task on the deal timeline: a call, a meeting, a follow-up (kind activity).' })
export class DealActivityInput {
  @Field(() => String, { description: 'Must not be blank.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Must not be blank when given.' })
  content?: string | null;

  @Field(() => Date, { description: 'In the future, unless done is true (logging an activity that already happened).' })
  scheduledAt!: Date;

  @Field(() => Boolean, { nullable: true })
  done?: boolean | null;
}
