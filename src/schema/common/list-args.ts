import { ArgsType, Field, Int } from 'type-graphql';
import { OrderBy } from './order-by.input';

/** `orderBy`, `first`, `after` of the entity lists; paging and cursors work as in `events`. */
@ArgsType()
export class PageArgs {
  @Field(() => OrderBy, { nullable: true })
  orderBy?: OrderBy | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 50,
    description: "Page size, 1 to 250 (Kommo's page limit); null means 50.",
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page; pass the same first.' })
  after?: string | null;
}

/** Lists with Kommo's full-text `query` (leads, contacts, companies). */
@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Full-text search over names and filled fields (Kommo `query`), e.g. a phone number.',
  })
  query?: string | null;
}
