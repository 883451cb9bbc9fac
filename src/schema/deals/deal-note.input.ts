import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A free-text note on the deal timeline (kind note).' })
export class DealNoteInput {
  @Field(() => String, { description: 'Must not be blank.' })
  content!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;
}
