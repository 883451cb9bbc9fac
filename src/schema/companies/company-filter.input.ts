import { ArgsType, Field, InputType } from 'type-graphql';
import { SearchArgs } from '../common/list-args';
import { RecordFilter } from '../common/record-filter.input';

@InputType({ description: 'Filters of GET /api/v4/companies; every given condition must hold.' })
export class CompanyFilter extends RecordFilter {}

@ArgsType()
export class CompanyListArgs extends SearchArgs {
  @Field(() => CompanyFilter, { nullable: true })
  filter?: CompanyFilter | null;
}
