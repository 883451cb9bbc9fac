import { Field, ID, ObjectType } from 'type-graphql';
import type { KommoEntityType } from '../common/entity-type.enum';
import { JSONScalar } from '../scalars/json.scalar';

@ObjectType({ simpleResolvers: true,
  description: 'One value of a custom field: a text, a number, a flag, a date (Unix seconds) or an enum option.',
})
export class CustomFieldValueItem {
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'The value exactly as Kommo sends it (string, number or boolean).',
  })
  value!: unknown;

  @Field(() => String, { nullable: true, description: 'The value as text; null when Kommo sent none.' })
  text!: string | null;

  @Field(() => ID, { nullable: true })
  enumId!: string | null;

  @Field(() => String, { nullable: true, description: 'E.g. WORK or MOB on PHONE/EMAIL fields.' })
  enumCode!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'The values of one custom field on a lead, contact or company; `field` is its definition.' })
export class CustomFieldValue {
  @Field(() => ID)
  fieldId!: string;

  @Field(() => String)
  fieldName!: string;

  @Field(() => String, { nullable: true, description: 'E.g. PHONE, EMAIL, POSITION; null for account fields.' })
  fieldCode!: string | null;

  @Field(() => String, { description: 'Kommo field type, e.g. "text", "select", "multitext".' })
  fieldType!: string;

  @Field(() => [CustomFieldValueItem])
  values!: CustomFieldValueItem[];

  /** Whose definitions `field` is looked up in. */
  entityType!: KommoEntityType;
}
