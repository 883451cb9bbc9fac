import { Field, Float, ID, InputType } from 'type-graphql';

@InputType({
  description:
    'One value of a custom field. text, number, boolean and date are exclusive and must fit the field type: text for ' +
    'text/textarea/url/streetaddress, number for numeric/price/monetary, boolean for checkbox, date for ' +
    "date/date_time/birthday. select, multiselect and radiobutton take one of enumId, enumCode or text (the option's " +
    'value). multitext (PHONE, EMAIL) takes text plus an optional enumId or enumCode (e.g. WORK, MOB, PRIV).',
})
export class CustomFieldValueItemInput {
  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => Float, { nullable: true })
  number?: number | null;

  @Field(() => Boolean, { nullable: true })
  boolean?: boolean | null;

  @Field(() => Date, { nullable: true })
  date?: Date | null;

  @Field(() => ID, { nullable: true })
  enumId?: string | null;

  @Field(() => String, { nullable: true })
  enumCode?: string | null;
}

@InputType({
  description:
    "The values of one custom field, named by fieldId or fieldCode (exactly one). They replace the field's current " +
    'values; an empty list clears the field. Checked against the field definitions before anything is written.',
})
export class CustomFieldValueInput {
  @Field(() => ID, { nullable: true })
  fieldId?: string | null;

  @Field(() => String, { nullable: true, description: 'E.g. PHONE, EMAIL, POSITION.' })
  fieldCode?: string | null;

  @Field(() => [CustomFieldValueItemInput])
  values!: CustomFieldValueItemInput[];
}
