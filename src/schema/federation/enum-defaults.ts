import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLSchema,
} from 'graphql';

/**
 * `buildSubgraphSchema` parses default values from the SDL before the resolver map gives enum
 * values their internal values, so an enum default stays its GraphQL name ("ASC") while the same
 * value sent by a client arrives as the internal one ("asc"). This rewrites every enum default
 * (including inside lists) to the internal value, in place, once at build time.
 */
export function restoreEnumDefaults(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) field.args.forEach(fixDefault);
    } else if (isInputObjectType(type)) {
      Object.values(type.getFields()).forEach(fixDefault);
    }
  }
  return schema;
}

function fixDefault(input: GraphQLArgument | GraphQLInputField): void {
  const named = getNamedType(input.type);
  if (!isEnumType(named) || input.defaultValue === undefined) return;
  const internal = (name: unknown): unknown =>
    typeof name === 'string' ? (named.getValue(name)?.value ?? name) : name;
  input.defaultValue = Array.isArray(input.defaultValue)
    ? input.defaultValue.map(internal)
    : internal(input.defaultValue);
}
