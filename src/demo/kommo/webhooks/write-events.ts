import { asInt } from '../../../lib/decode';
import { KOMMO_ACCOUNT_ID } from '../constants';
import { ulid } from '../seed/ids';
import { createRng } from '../seed/random';
import type { KommoRecord, KommoStore } from '../store';
import type { EntityChange } from './changes';

/** Singular entity types of the events feed. */
const ENTITY_TYPES = { leads: 'lead', contacts: 'contact', companies: 'company', tasks: 'task' } as const;

/**
 * The events feed entries a write adds, as Kommo logs them: `<entity>_added` for a create,
 * `lead_status_changed` for a lead that moved stage, `entity_responsible_changed` for a new
 * responsible user. Stored before the hook is sent, so that a receiver reading `/api/v4/events`
 * after the hook finds them. Ids are ULIDs of the write time, their random part drawn from the
 * number of events already stored: the same writes give the same ids on every run.
 */
export function recordWriteEvents(store: KommoStore, changes: readonly EntityChange[]): void {
  for (const change of changes) {
    const drafts = draftsOf(change);
    for (const [type, before, after] of drafts) {
      const record = change.record;
      const at = asInt(record['updated_at']) ?? 0;
      store.events.unshift({
        id: ulid(at, createRng(store.events.length + 1)),
        type,
        entity_id: asInt(record['id']) ?? 0,
        entity_type: ENTITY_TYPES[change.kind],
        created_by: asInt(record['updated_by']) ?? asInt(record['created_by']) ?? 0,
        created_at: at,
        value_after: after,
        value_before: before,
        account_id: KOMMO_ACCOUNT_ID,
      });
    }
  }
}

type Draft = readonly [string, unknown[], unknown[]];

function draftsOf(change: EntityChange): Draft[] {
  const { record, before } = change;
  if (change.action === 'add') return [[`${ENTITY_TYPES[change.kind]}_added`, [], []]];
  if (before === undefined) return [];
  if (change.action === 'status') return [['lead_status_changed', [status(before)], [status(record)]]];
  if (change.action === 'responsible') {
    const user = (r: KommoRecord) => ({ responsible_user: { id: asInt(r['responsible_user_id']) } });
    return [['entity_responsible_changed', [user(before)], [user(record)]]];
  }
  return [];
}

function status(record: KommoRecord): unknown {
  return { lead_status: { id: asInt(record['status_id']), pipeline_id: asInt(record['pipeline_id']) } };
}
