import { Directive, Field, ID, ObjectType } from 'type-graphql';

// A generic value type other subgraphs may declare as well.
@Directive('@shareable')
@ObjectType({ simpleResolvers: true })
export class Tag {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  color!: string | null;
}
