import { Directive, Field, ObjectType } from 'type-graphql';

// A generic value type other subgraphs may declare as well.
@Directive('@shareable')
@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to fetch the next page.' })
  endCursor!: string | null;
}
