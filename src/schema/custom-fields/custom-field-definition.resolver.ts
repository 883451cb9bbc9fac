import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { CustomFieldDefinition } from './custom-field-definition.type';
import { CUSTOM_FIELD_OWNERS, CustomFieldEntityType } from './custom-field-entity-type.enum';

@Resolver(() => CustomFieldDefinition)
export class CustomFieldDefinitionResolver {
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
