import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { CustomFieldDefinition } from './custom-field-definition.type';
import { CustomFieldValue } from './custom-field-value.type';

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
