import type { Context } from '../../context';
import { KommoEntityType } from '../common/entity-type.enum';
import type { KommoEntityValue } from '../common/kommo-entity.union';
import type { User } from '../users/user.type';

/** What the router sends for a `@key(fields: "id")` entity; `_Any`, so nothing is guaranteed. */
type Representation = Readonly<Record<string, unknown>>;

type ReferenceResolver<T> = (representation: Representation, ctx: Context) => Promise<T | null>;

/** The key as a string (another subgraph may send a number); `undefined` when it has none. */
function keyOf(representation: Representation): string | undefined {
  const id = representation['id'];
  if (typeof id === 'string') return id;
  if (typeof id === 'number' && Number.isInteger(id)) return String(id);
  return undefined;
}

function recordReference(type: KommoEntityType): ReferenceResolver<KommoEntityValue> {
  return async (representation, ctx) => {
    const id = keyOf(representation);
    return id === undefined ? null : ctx.loaders.kommo.entity(type, id);
  };
}

const userReference: ReferenceResolver<User> = async (representation, ctx) => {
  const id = keyOf(representation);
  return id === undefined ? null : ctx.loaders.kommo.userById(id);
};

/**
 * `__resolveReference` of every Ponte entity. They go through the per-request loaders, so the
 * representations of one `_entities` call cost one batched upstream call per type (users: the one
 * reference-data call), and a record that is gone resolves to `null`. The loaders return the
 * mapped class instances, which the `KommoEntity` union and the field resolvers rely on.
 */
export const ENTITY_REFERENCES: Readonly<Record<string, ReferenceResolver<unknown>>> = {
  Lead: recordReference(KommoEntityType.LEAD),
  Contact: recordReference(KommoEntityType.CONTACT),
  Company: recordReference(KommoEntityType.COMPANY),
  Task: recordReference(KommoEntityType.TASK),
  User: userReference,
};
