import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A tag by id or by name: exactly one of the two. Adding an unknown name creates the tag.' })
export class TagRefInput {
  @Field(() => ID, { nullable: true, description: 'A tag id of this entity type (Kommo tag ids are per entity type).' })
  id?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;
}
