import { Field, InputType, registerEnumType } from 'type-graphql';

/** The values are Kommo's `order[...]` keys. Which ones an entity list accepts is checked per entity. */
export enum OrderByField {
  ID = 'id',
  CREATED_AT = 'created_at',
  UPDATED_AT = 'updated_at',
  COMPLETE_TILL = 'complete_till',
}

export enum SortDirection {
  ASC = 'asc',
  DESC = 'desc',
}

registerEnumType(OrderByField, {
  name: 'OrderByField',
  description:
    'Leads and companies: ID, CREATED_AT, UPDATED_AT; contacts: ID, UPDATED_AT; tasks: ID, CREATED_AT, COMPLETE_TILL.',
});
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType({ description: 'One sort key, as Kommo sorts by one field at a time (`order[field]=asc|desc`).' })
export class OrderBy {
  @Field(() => OrderByField)
  field!: OrderByField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
