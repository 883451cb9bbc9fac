import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'One option of a select, multiselect, radiobutton or multitext field.' })
export class CustomFieldEnum {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  value!: string;

  @Field(() => Int, { nullable: true })
  sort!: number | null;

  @Field(() => String, { nullable: true })
  code!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'The definition of a custom field of leads, contacts or companies.' })
export class CustomFieldDefinition {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => String, { description: 'Kommo field type, e.g. "text", "select", "multitext".' })
  type!: string;

  @Field(() => [CustomFieldEnum])
  enums!: CustomFieldEnum[];
}
