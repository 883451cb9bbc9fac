import { Field, ID, Int, ObjectType } from 'type-graphql';
import { KommoEntityType } from '../common/entity-type.enum';

@ObjectType({ simpleResolvers: true, description: 'A record named by a link/unlink event; `entity` is resolved (batched).' })
export class EntityRef {
  @Field(() => KommoEntityType)
  entityType!: KommoEntityType;

  @Field(() => ID)
  entityId!: string;
}

@ObjectType({ simpleResolvers: true, description: 'One value of a custom field as recorded in an event.' })
export class CustomFieldEventValue {
  @Field(() => Int, {
    nullable: true,
    description: 'Numeric field type (1 text, 2 numeric, 4 select, 8 multitext, ...).',
  })
  fieldType!: number | null;

  @Field(() => ID, { nullable: true })
  enumId!: string | null;

  @Field(() => String, { nullable: true })
  text!: string | null;
}
