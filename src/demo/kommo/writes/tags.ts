import { asArray, asInt, asString, isRecord } from '../../../lib/decode';
import type { KommoEntityKind } from '../records';
import type { KommoRecord, KommoStore } from '../store';
import type { ItemCheck } from './check';

/**
 * Tags on write (reference §5): `tags_to_add` / `tags_to_delete` as `[{id}|{name}]` change the set
 * incrementally; `_embedded.tags` replaces it and `null` clears it. Tag ids are per entity type;
 * a new name gets the next id of its type.
 */

export interface TagRef {
  id?: number;
  name?: string;
}

export interface TagPlan {
  add: TagRef[];
  remove: TagRef[];
  /** `undefined`: keep the set; `null`: clear it. */
  replace: TagRef[] | null | undefined;
}

export type Tag = { id: number; name: string; color: string | null };

function tagsOf(record: KommoRecord): Tag[] {
  const embedded = isRecord(record._embedded) ? record._embedded : {};
  return (asArray(embedded['tags']) ?? []).filter(isRecord).flatMap((tag) => {
    const id = asInt(tag['id']);
    const name = asString(tag['name']);
    return id === undefined || name === undefined ? [] : [{ id, name, color: asString(tag['color']) ?? null }];
  });
}

/** Every tag of one entity type: the simulator keeps tags only on the records that carry them. */
export function knownTags(store: KommoStore, kind: KommoEntityKind): Tag[] {
  const byId = new Map<number, Tag>();
  for (const record of store[kind]) for (const tag of tagsOf(record)) byId.set(tag.id, tag);
  return [...byId.values()];
}

function readRefs(raw: unknown, path: string, known: readonly Tag[], check: ItemCheck): TagRef[] {
  if (raw === undefined || raw === null) return [];
  const list = asArray(raw);
  if (!list) {
    check.type(path, 'array');
    return [];
  }
  return list.flatMap((ref, index): TagRef[] => {
    const at = `${path}.${index}`;
    if (isRecord(ref) && ref['id'] !== undefined) {
      const id = asInt(ref['id']);
      if (id !== undefined && known.some((tag) => tag.id === id)) return [{ id }];
      check.notChoice(`${at}.id`);
      return [];
    }
    const name = isRecord(ref) ? asString(ref['name']) : undefined;
    if (name !== undefined && name.trim() !== '') return [{ name: name.trim() }];
    check.blank(`${at}.name`);
    return [];
  });
}

export function readTags(
  item: KommoRecord,
  embedded: KommoRecord,
  kind: KommoEntityKind,
  store: KommoStore,
  check: ItemCheck,
): TagPlan {
  const known = knownTags(store, kind);
  const replace =
    embedded['tags'] === null
      ? null
      : embedded['tags'] === undefined
        ? undefined
        : readRefs(embedded['tags'], '_embedded.tags', known, check);
  return {
    add: readRefs(item['tags_to_add'], 'tags_to_add', known, check),
    remove: readRefs(item['tags_to_delete'], 'tags_to_delete', known, check),
    replace,
  };
}

/** Applies the plan to `record._embedded.tags` (sorted by id, as seeded). */
export function applyTags(record: KommoRecord, plan: TagPlan, kind: KommoEntityKind, store: KommoStore): void {
  const known = knownTags(store, kind);
  let nextId = Math.max(0, ...known.map((tag) => tag.id)) + 1;
  const resolve = (ref: TagRef): Tag => {
    const found = known.find((tag) => (ref.id !== undefined ? tag.id === ref.id : tag.name === ref.name));
    if (found) return found;
    const created = { id: nextId++, name: ref.name ?? '', color: null };
    known.push(created);
    return created;
  };
  const matches = (ref: TagRef) => (tag: Tag) => (ref.id !== undefined ? tag.id === ref.id : tag.name === ref.name);
  let tags = plan.replace === undefined ? tagsOf(record) : (plan.replace ?? []).map(resolve);
  for (const ref of plan.add) if (!tags.some(matches(ref))) tags.push(resolve(ref));
  for (const ref of plan.remove) tags = tags.filter((tag) => !matches(ref)(tag));
  const embedded = isRecord(record._embedded) ? record._embedded : {};
  record._embedded = {
    ...embedded,
    tags: [...new Map(tags.map((tag) => [tag.id, tag])).values()].sort((a, b) => a.id - b.id),
  };
}
