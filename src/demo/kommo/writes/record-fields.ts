import { asInt, isRecord, type JsonRecord } from '../../../lib/decode';
import type { KommoEntityKind } from '../records';
import type { KommoRecord, KommoStore } from '../store';
import { applyAll, type Apply, type ItemContext } from './context';
import { applyFieldValues, readFieldValues } from './custom-field-values';
import { embeddedOf, findRecord, int, userId } from './fields';
import { applyTags, readTags } from './tags';

/**
 * Fields every written record shares: people, timestamps. `updated_at` and `updated_by` move on
 * every write unless the item sets them; the responsible user's group follows the user.
 */
export function readPeople(item: JsonRecord, ctx: ItemContext): Apply {
  const { store, check } = ctx;
  const set: JsonRecord = {};
  const responsible = userId(item, 'responsible_user_id', store, check);
  if (responsible !== undefined)
    Object.assign(set, { responsible_user_id: responsible, group_id: groupOf(store, responsible) });
  for (const key of ['created_by', 'updated_by']) {
    const id = userId(item, key, store, check, true);
    if (id !== undefined) set[key] = id;
  }
  for (const key of ['created_at', 'updated_at']) {
    const at = int(item, key, check, 1);
    if (at !== undefined) set[key] = at;
  }
  return (record) => {
    Object.assign(record, { updated_at: ctx.stamp, updated_by: currentUser(store) }, set);
  };
}

/** People, timestamps, custom field values and tags of a lead, contact or company. */
export function readRecordFields(item: JsonRecord, kind: KommoEntityKind, ctx: ItemContext): Apply {
  const { store, check } = ctx;
  const fields = readFieldValues(item['custom_fields_values'], store.customFields[kind], check);
  const tags = readTags(item, embeddedOf(item), kind, store, check);
  return applyAll([
    readPeople(item, ctx),
    (record) => applyFieldValues(record, fields),
    (record) => applyTags(record, tags, kind, store),
  ]);
}

/** The token's user: Kommo's default author and responsible. */
export function currentUser(store: KommoStore): number {
  return asInt(store.account.current_user_id) ?? 0;
}

export function groupOf(store: KommoStore, user: number): number {
  const rights = findRecord(store.users, user)?.rights;
  return (isRecord(rights) ? asInt(rights['group_id']) : undefined) ?? 0;
}

/** Defaults every new lead, contact and company has. */
export function freshRecord(id: number, ctx: ItemContext): KommoRecord {
  const user = currentUser(ctx.store);
  return {
    id,
    name: '',
    responsible_user_id: user,
    group_id: groupOf(ctx.store, user),
    created_by: user,
    updated_by: user,
    created_at: ctx.stamp,
    updated_at: ctx.stamp,
    closest_task_at: null,
    is_deleted: false,
    custom_fields_values: null,
    account_id: ctx.store.account.id,
  };
}
