import type { GraphQLTypeResolver } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type TypeResolver = GraphQLTypeResolver<unknown, unknown>;

/**
 * The `resolveType` of every interface and union declared with one, by type name, answering
 * synchronously. type-graphql wraps each in an async function, which makes graphql-js complete
 * every value of an abstract type (each event of a page, each `entity`) through a promise and a
 * microtask; these call the same declared functions and name the class they return directly.
 */
export function syncTypeResolvers(): Map<string, TypeResolver> {
  const storage = getMetadataStorage();
  const names = new Map<unknown, string>(storage.objectTypes.map((type) => [type.target, type.name]));
  const nameOf = (resolved: unknown): string | undefined =>
    typeof resolved === 'string' ? resolved : names.get(resolved);
  const resolvers = new Map<string, TypeResolver>();
  for (const { name, resolveType } of [...storage.interfaceTypes, ...storage.unions]) {
    if (resolveType === undefined) continue;
    resolvers.set(name, (...args) => {
      const resolved: unknown = resolveType(...args);
      return resolved instanceof Promise ? resolved.then(nameOf) : nameOf(resolved);
    });
  }
  return resolvers;
}
