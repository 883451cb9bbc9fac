import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { CustomFieldDefinition } from './custom-field-definition.type';
import { CUSTOM_FIELD_OWNERS, CustomFieldEntityType } from './custom-field-entity-type.enum';
import { CustomFieldValue } from './custom-field-value.type';

@Resolver()
export class CustomFieldsResolver {
  @Query(() => [CustomFieldDefinition], {
    description: "The custom-field definitions of leads, contacts or companies, in Kommo's order.",
  })
  customFields(
    @Ctx() ctx: Context,
    @Arg('entityType', () => CustomFieldEntityType) entityType: CustomFieldEntityType,
  ): Promise<CustomFieldDefinition[]> {
    return ctx.loaders.kommo.customFields(CUSTOM_FIELD_OWNERS[entityType]);
  }
}

@Resolver(() => CustomFieldValue)
export class CustomFieldValueResolver {
  @FieldResolver(() => CustomFieldDefinition, {
    nullable: true,
    description: 'The definition (one call per entity type per request); null when deleted.',
  })
  field(@Root() value: CustomFieldValue, @Ctx() ctx: Context): Promise<CustomFieldDefinition | null> {
    return ctx.loaders.kommo.customField(value.entityType, value.fieldId);
  }
}
