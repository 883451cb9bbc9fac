import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A Kommo user (account member).' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;
}
