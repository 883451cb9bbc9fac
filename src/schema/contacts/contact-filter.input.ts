import { ArgsType, Field, InputType } from 'type-graphql';
import { SearchArgs } from '../common/list-args';
import { RecordFilter } from '../common/record-filter.input';

@InputType({ description: 'Filters of GET /api/v4/contacts; every given condition must hold.' })
export class ContactFilter extends RecordFilter {}

@ArgsType()
export class ContactListArgs extends SearchArgs {
  @Field(() => ContactFilter, { nullable: true })
  filter?: ContactFilter | null;
}
