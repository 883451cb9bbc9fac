import { asInt, asString, isRecord, type JsonRecord } from '../../../lib/decode';
import type { KommoEntityKind } from '../records';
import type { KommoRecord, KommoStore } from '../store';
import type { ItemCheck } from './check';
import { applyAll, type KindWriter } from './context';
import { bool, findRecord, int, text } from './fields';
import { currentUser, groupOf, readPeople } from './record-fields';

/**
 * Tasks (reference §5): a create needs `text` and `complete_till`; `entity_type` (plural) and
 * `entity_id` go together and must name an existing record; completing is
 * `{is_completed: true, result: {text}}`. The linked records' `closest_task_at` follows.
 */

const ENTITY_KINDS: readonly string[] = ['leads', 'contacts', 'companies', 'customers'];

export const taskWriter: KindWriter = {
  fresh(id, ctx) {
    const user = currentUser(ctx.store);
    return {
      id,
      created_by: user,
      updated_by: user,
      created_at: ctx.stamp,
      updated_at: ctx.stamp,
      responsible_user_id: user,
      group_id: groupOf(ctx.store, user),
      entity_id: null,
      entity_type: null,
      is_completed: false,
      task_type_id: 1,
      text: '',
      duration: 0,
      complete_till: 0,
      result: [],
      account_id: ctx.store.account.id,
    };
  },

  read(item, existing, ctx) {
    const { store, check } = ctx;
    const set: JsonRecord = {};
    const creating = existing === undefined;
    const taskText = text(item, 'text', check, creating ? 'required' : 'filled');
    if (taskText !== undefined) set['text'] = taskText;
    const till = int(item, 'complete_till', check, 1);
    if (till !== undefined) set['complete_till'] = till;
    else if (creating && item['complete_till'] === undefined) check.blank('complete_till');
    const duration = int(item, 'duration', check);
    if (duration !== undefined) set['duration'] = duration;
    const typeId = int(item, 'task_type_id', check, 1);
    if (typeId !== undefined)
      set['task_type_id'] = findRecord(store.taskTypes, typeId) ? typeId : check.notChoice('task_type_id');
    const completed = bool(item, 'is_completed', check);
    if (completed !== undefined) set['is_completed'] = completed;
    if (item['result'] !== undefined) set['result'] = result(item['result'], check);
    Object.assign(set, entityOf(item, existing, store, check));
    return applyAll([
      readPeople(item, ctx),
      (record) => {
        const before = ownerOf(record);
        Object.assign(record, set);
        refreshClosestTask(store, before);
        refreshClosestTask(store, ownerOf(record));
      },
    ]);
  },
};

function result(raw: unknown, check: ItemCheck): JsonRecord | undefined {
  if (!isRecord(raw)) return check.type('result', 'array');
  const resultText = asString(raw['text']);
  return resultText === undefined ? check.blank('result.text') : { text: resultText };
}

function entityOf(
  item: JsonRecord,
  existing: KommoRecord | undefined,
  store: KommoStore,
  check: ItemCheck,
): JsonRecord {
  const rawType = item['entity_type'];
  if (rawType === undefined && item['entity_id'] === undefined) return {};
  if (rawType !== undefined && !(typeof rawType === 'string' && ENTITY_KINDS.includes(rawType)))
    return check.notChoice('entity_type') ?? {};
  const id = int(item, 'entity_id', check, 1);
  const type = asString(rawType) ?? asString(existing?.entity_type);
  const entityId = id ?? asInt(existing?.entity_id);
  if (type === undefined) return check.blank('entity_type') ?? {};
  if (entityId === undefined) return check.blank('entity_id') ?? {};
  const records = type === 'customers' ? [] : store[type as KommoEntityKind];
  if (!findRecord(records, entityId)) return check.notChoice('entity_id') ?? {};
  return { entity_type: type, entity_id: entityId };
}

function ownerOf(task: KommoRecord): { kind: KommoEntityKind; id: number } | undefined {
  const kind = asString(task.entity_type);
  const id = asInt(task.entity_id);
  if (id === undefined || (kind !== 'leads' && kind !== 'contacts' && kind !== 'companies')) return undefined;
  return { kind, id };
}

/** `closest_task_at` = the earliest deadline among the record's open tasks, else null. */
function refreshClosestTask(store: KommoStore, owner: { kind: KommoEntityKind; id: number } | undefined): void {
  const record = owner && findRecord(store[owner.kind], owner.id);
  if (!owner || !record) return;
  const deadlines = store.tasks
    .filter(
      (task) => task.is_completed !== true && task.entity_type === owner.kind && asInt(task.entity_id) === owner.id,
    )
    .flatMap((task) => asInt(task.complete_till) ?? []);
  record.closest_task_at = deadlines.length > 0 ? Math.min(...deadlines) : null;
}
