import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType()
export class Tag {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  color!: string | null;
}
