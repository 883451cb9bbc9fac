import { type ASTVisitor, GraphQLError, type ValidationContext } from 'graphql';

const MESSAGE =
  'Introspection is off on this gateway (INTROSPECTION=false); the schema is published as schema/schema.graphql';

/**
 * With `INTROSPECTION=false`: `__schema`, `__type` and the federation SDL (`_service`) are refused
 * at validation, like Apollo's own rule but naming the setting, and covering `_service` too.
 */
export function noIntrospection(context: ValidationContext): ASTVisitor {
  const query = context.getSchema().getQueryType();
  return {
    Field(node) {
      const name = node.name.value;
      const service = name === '_service' && context.getParentType() === query;
      if (name === '__schema' || name === '__type' || service)
        context.reportError(new GraphQLError(MESSAGE, { nodes: node }));
    },
  };
}
