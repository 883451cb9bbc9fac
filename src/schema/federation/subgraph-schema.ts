import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { graphqlSync, lexicographicSortSchema, parse, type GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { createResolversMap } from 'type-graphql';
import { restoreEnumDefaults } from './enum-defaults';
import { useDirectFieldResolvers } from './direct-resolvers';
import { ENTITY_REFERENCES } from './entity-references';
import { FEDERATION_LINK } from './federation-link';
import { syncTypeResolvers } from './type-resolvers';

/** `@apollo/subgraph` does not export its resolver-map type; this is the one its legacy module form takes. */
type SubgraphResolvers = NonNullable<
  Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers']
>;
type ObjectResolvers = Exclude<SubgraphResolvers[string], GraphQLScalarType | { [enumValue: string]: string | number }>;

/**
 * Turns the type-graphql schema into a Federation 2 subgraph: `_service { sdl }`, `_entities` and
 * `__resolveReference` for the `@key` types. `buildSubgraphSchema` only takes SDL plus a resolver
 * map, so the schema is printed with its directives (sorted, which keeps `_service.sdl` and the
 * committed file stable) and every resolver, `resolveType`, scalar and enum value of the
 * type-graphql schema is carried over by `createResolversMap`, each `resolveType` in its synchronous
 * form (`syncTypeResolvers`) and each plain field resolver as a direct call (`useDirectFieldResolvers`).
 */
export function toSubgraphSchema(schema: GraphQLSchema): GraphQLSchema {
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(lexicographicSortSchema(schema))}`);
  // type-graphql types its map loosely (any entry may be `ResolverOptions`); what it emits is
  // exactly the object / scalar / enum-value shapes `buildSubgraphSchema` takes.
  const resolvers = createResolversMap(schema) as SubgraphResolvers;
  useDirectFieldResolvers(resolvers);
  for (const [typeName, resolveType] of syncTypeResolvers()) {
    const carried = resolvers[typeName] as { __resolveType?: unknown } | undefined;
    if (carried?.__resolveType !== undefined) carried.__resolveType = resolveType;
  }
  for (const [typeName, resolveReference] of Object.entries(ENTITY_REFERENCES)) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as ObjectResolvers | undefined),
      __resolveReference: resolveReference,
    };
  }
  return restoreEnumDefaults(buildSubgraphSchema({ typeDefs, resolvers }));
}

/**
 * The SDL Apollo Router composes: exactly what `{ _service { sdl } }` answers, federation
 * definitions included. Ponte's own types come out in lexicographic order.
 */
export function printSubgraphSdl(subgraph: GraphQLSchema): string {
  const result = graphqlSync({ schema: subgraph, source: '{ _service { sdl } }' });
  const sdl: unknown = (result.data?.['_service'] as { sdl?: unknown } | undefined)?.sdl;
  if (typeof sdl !== 'string')
    throw new Error(`the schema is not a subgraph: ${JSON.stringify(result.errors ?? result.data)}`);
  return sdl;
}
