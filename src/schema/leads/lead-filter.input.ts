import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { DateTimeRange } from '../common/date-time-range.input';
import { SearchArgs } from '../common/list-args';
import { RecordFilter } from '../common/record-filter.input';
import { LeadStatusInput } from '../events/event-filter.input';

@InputType({ description: 'An inclusive range of sale values; either end may be omitted.' })
export class PriceRange {
  @Field(() => Float, { nullable: true })
  from?: number | null;

  @Field(() => Float, { nullable: true })
  to?: number | null;
}

@InputType({ description: 'Filters of GET /api/v4/leads; every given condition must hold.' })
export class LeadFilter extends RecordFilter {
  @Field(() => PriceRange, { nullable: true })
  price?: PriceRange | null;

  @Field(() => [LeadStatusInput], {
    nullable: true,
    description:
      'Leads in this status of this pipeline: exactly one pair (Kommo filters by one status within one pipeline).',
  })
  statuses?: LeadStatusInput[] | null;

  @Field(() => [ID], { nullable: true })
  pipelineIds?: string[] | null;

  @Field(() => DateTimeRange, { nullable: true })
  closedAt?: DateTimeRange | null;
}

@ArgsType()
export class LeadListArgs extends SearchArgs {
  @Field(() => LeadFilter, { nullable: true })
  filter?: LeadFilter | null;
}
