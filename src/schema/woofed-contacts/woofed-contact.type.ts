import { Field, Int, ObjectType } from 'type-graphql';
import type { WoofedId } from '../../woofed/woofed-id';
import { DealContact } from '../deals/deal-parts.type';

@ObjectType({ description: 'A WoofedCRM contact found by `woofedContacts`; its `deals` lead to deal ids.' })
export class WoofedContact extends DealContact {
  /** Whose deals `WoofedContact.deals` reads. */
  woofedId!: WoofedId;
}

@ObjectType({ description: 'One page (ten contacts, WoofedCRM’s fixed page size) of a contact search.' })
export class WoofedContactPage {
  @Field(() => [WoofedContact], { description: 'In id order; empty past the last page.' })
  contacts!: WoofedContact[];

  @Field(() => Int)
  page!: number;

  @Field(() => Int, { description: 'How many pages the search has (at least 1).' })
  pages!: number;

  @Field(() => Int, { description: 'How many contacts match, over all pages.' })
  count!: number;

  @Field(() => Int, { nullable: true, description: 'The next page, or null on the last one.' })
  nextPage!: number | null;
}
