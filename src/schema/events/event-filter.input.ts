import { defined } from '../../lib/defined';
import { Field, ID, InputType } from 'type-graphql';
import { DateTimeRange } from '../common/date-time-range.input';
import { KommoEntityType } from '../common/entity-type.enum';
import { EventType, type EventTypeKey } from './event-type.enum';

@InputType({ description: 'A status within a pipeline.' })
export class LeadStatusInput {
  @Field(() => ID)
  pipelineId!: string;

  @Field(() => ID)
  statusId!: string;
}

@InputType({ description: 'Filters on value_before / value_after; each applies only to some event types.' })
export class EventValueFilter {
  @Field(() => [LeadStatusInput], { nullable: true, description: 'Only with types: [LEAD_STATUS_CHANGED].' })
  leadStatuses?: LeadStatusInput[];

  @Field(() => [ID], { nullable: true, description: 'Only with types: [ENTITY_RESPONSIBLE_CHANGED].' })
  responsibleUserIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Enum ids; only with customFieldId.' })
  customFieldEnumIds?: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Exact value; only with NPS_RATE_ADDED, SALE_FIELD_CHANGED, NAME_FIELD_CHANGED, LTV_FIELD_CHANGED, CUSTOM_FIELD_VALUE_CHANGED.',
  })
  value?: string;
}

@InputType({ description: 'Filters of GET /api/v4/events. Rules that Kommo states are checked before any call.' })
export class EventFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => [EventType], { nullable: true })
  types?: EventTypeKey[];

  @Field(() => ID, {
    nullable: true,
    description: 'Means custom_field_{ID}_value_changed; cannot be combined with types.',
  })
  customFieldId?: string;

  @Field(() => [KommoEntityType], { nullable: true })
  entityTypes?: KommoEntityType[];

  @Field(() => [ID], { nullable: true, description: 'At most 10, and exactly one entity type.' })
  entityIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'User ids, at most 10.' })
  createdBy?: string[];

  @Field(() => DateTimeRange, { nullable: true })
  createdAt?: DateTimeRange;

  @Field(() => EventValueFilter, { nullable: true })
  valueBefore?: EventValueFilter;

  @Field(() => EventValueFilter, { nullable: true })
  valueAfter?: EventValueFilter;
}

/**
 * GraphQL hands an input field that the client sent as `null` to us as `null`, not `undefined`;
 * for every field of EventFilter `null` means "not given". Returns a copy without them.
 */
export function withoutNulls(filter: EventFilter): EventFilter {
  const clean = defined(filter);
  if (clean.createdAt !== undefined) clean.createdAt = defined(clean.createdAt);
  if (clean.valueBefore !== undefined) clean.valueBefore = defined(clean.valueBefore);
  if (clean.valueAfter !== undefined) clean.valueAfter = defined(clean.valueAfter);
  return clean;
}
