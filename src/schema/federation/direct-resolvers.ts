import type { GraphQLFieldResolver } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type FieldResolver = GraphQLFieldResolver<unknown, unknown>;
type Metadata = ReturnType<typeof getMetadataStorage>;
type FieldResolverMetadata = Metadata['fieldResolvers'][number];
type ParamMetadata = NonNullable<FieldResolverMetadata['params']>[number];
type Instance = Record<string, (...params: unknown[]) => unknown>;
type Getter = (root: unknown, context: unknown, info: unknown) => unknown;

/** How one parameter is taken from the root, context and info, or undefined when only type-graphql can. */
function paramOf(param: ParamMetadata): Getter | undefined {
  switch (param.kind) {
    case 'root':
      return param.propertyName === undefined ? (root) => root : undefined;
    case 'context':
      return param.propertyName === undefined ? (_root, context) => context : undefined;
    case 'info':
      return (_root, _context, info) => info;
    default:
      return undefined;
  }
}

/**
 * The `@Root()` class, when type-graphql would convert a root that is not an instance of it: such
 * a root goes through type-graphql's own resolver.
 */
function rootClassOf(params: readonly ParamMetadata[]): (new () => unknown) | undefined {
  for (const param of params) {
    if (param.kind !== 'root' || param.getType === undefined) continue;
    const type: unknown = param.getType();
    if (typeof type === 'function' && type !== Object) return type as new () => unknown;
  }
  return undefined;
}

/**
 * A direct call of an external `@FieldResolver` method that takes only `@Root()`, `@Ctx()` and
 * `@Info()`, has no middleware and no roles; undefined for any other. type-graphql calls every
 * field resolver through a wrapper that, on each call, builds a resolver-data object and sorts
 * the method's parameter metadata in place (an allocating sort) before mapping it to arguments:
 * for the per-event and per-record fields of a page that is most of what the call costs.
 */
function directCall(
  metadata: FieldResolverMetadata,
  carried: FieldResolver,
  instanceOf: (target: unknown) => Instance,
): FieldResolver | undefined {
  if (metadata.kind !== 'external' || (metadata.middlewares?.length ?? 0) > 0 || metadata.roles !== undefined) return;
  const params = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index);
  const getters: Getter[] = [];
  for (const param of params) {
    const getter = paramOf(param);
    if (getter === undefined) return;
    getters.push(getter);
  }
  const instance = instanceOf(metadata.target);
  const method = instance[metadata.methodName];
  if (typeof method !== 'function') return;
  const [first, second] = getters;
  const call: Getter =
    getters.length === 2 && first !== undefined && second !== undefined
      ? (root, context, info) => method.call(instance, first(root, context, info), second(root, context, info))
      : (root, context, info) => method.apply(instance, getters.map((getter) => getter(root, context, info)));
  const RootClass = rootClassOf(params);
  if (RootClass === undefined) return (root, _args, context, info) => call(root, context, info);
  return (root, args, context, info) =>
    root instanceof RootClass || root === null || root === undefined
      ? call(root, context, info)
      : carried(root, args, context, info);
}

/**
 * Replaces, in a `createResolversMap` map, the resolver of every object-type field served by a
 * plain external `@FieldResolver` (see `directCall`) with a direct call of the same method. Which
 * metadata serves which field follows type-graphql's schema generator: the fields of the type's
 * interfaces, then its own, each served by the field resolver declared for the class the field
 * belongs to. Fields a type inherits from a superclass keep type-graphql's resolver.
 */
export function useDirectFieldResolvers(resolvers: Record<string, unknown>): void {
  const storage = getMetadataStorage();
  const served = new Map<unknown, Map<string, FieldResolverMetadata>>();
  for (const metadata of storage.fieldResolvers) {
    const owner = metadata.getObjectType?.();
    if (owner === undefined) continue;
    const byName = served.get(owner) ?? new Map<string, FieldResolverMetadata>();
    if (!byName.has(metadata.methodName)) byName.set(metadata.methodName, metadata);
    served.set(owner, byName);
  }
  // One instance per resolver class, as type-graphql's default container keeps.
  const instances = new Map<unknown, Instance>();
  const instanceOf = (target: unknown): Instance => {
    let instance = instances.get(target);
    if (instance === undefined) instances.set(target, (instance = new (target as new () => Instance)()));
    return instance;
  };
  for (const type of storage.objectTypes) {
    const carried = resolvers[type.name] as Record<string, unknown> | undefined;
    if (carried === undefined) continue;
    const interfaces = storage.interfaceTypes.filter((it) => type.interfaceClasses?.includes(it.target));
    const fields = new Map([...interfaces.flatMap((it) => it.fields ?? []), ...(type.fields ?? [])].map((f) => [f.schemaName, f]));
    for (const [schemaName, field] of fields) {
      const metadata = served.get(field.target)?.get(field.name);
      const current = carried[schemaName];
      if (metadata === undefined || typeof current !== 'function') continue;
      const direct = directCall(metadata, current as FieldResolver, instanceOf);
      if (direct !== undefined) carried[schemaName] = direct;
    }
  }
}
