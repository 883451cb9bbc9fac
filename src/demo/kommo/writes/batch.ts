import { asInt, isRecord } from '../../../lib/decode';
import { ID_BASES, KOMMO_NOW, SEED_COUNTS } from '../constants';
import type { KommoRecord, KommoStore } from '../store';
import { ItemCheck, type ItemError } from './check';
import { companyWriter } from './companies';
import { contactWriter } from './contacts';
import type { KindWriter, WritableKind } from './context';
import { findRecord } from './fields';
import { leadWriter } from './leads';
import { taskWriter } from './tasks';

const WRITERS: Readonly<Record<WritableKind, KindWriter>> = {
  leads: leadWriter,
  contacts: contactWriter,
  companies: companyWriter,
  tasks: taskWriter,
};

export interface ItemFailure {
  request_id: string;
  errors: ItemError[];
}

export interface Written {
  id: number;
  request_id: string;
  /** Whether the client sent its own `request_id` (rather than the index standing in). */
  echoed: boolean;
  updated_at: number;
  /** The stored record after the write (live: later writes change it). */
  record: KommoRecord;
  /** A copy of the record before an update; undefined for a create. */
  before: KommoRecord | undefined;
}

/** Either every item was written, or none was and `failures` says why, per `request_id`. */
export type BatchOutcome = { written: Written[] } | { failures: ItemFailure[] };

/** An update names its record in the item (`PATCH /{kind}`) or in the URL (`PATCH /{kind}/{id}`). */
export type BatchMode = { create: true } | { create: false; id?: number };

/**
 * Validates the whole batch first and writes only when every item passed: INFERRED (reference §5
 * documents per-`request_id` errors, not partial commits). `request_id` echoes the client's value,
 * else the item's index. Timestamps are the wall clock, but never before the seeded "now".
 */
export function writeBatch(
  store: KommoStore,
  kind: WritableKind,
  items: readonly unknown[],
  mode: BatchMode,
): BatchOutcome {
  const writer = WRITERS[kind];
  const stamp = Math.max(KOMMO_NOW, Math.floor(Date.now() / 1000));
  const failures: ItemFailure[] = [];
  const pending: Array<() => Written> = [];
  items.forEach((item, index) => {
    const own = isRecord(item) && (typeof item['request_id'] === 'string' || typeof item['request_id'] === 'number');
    const requestId = own ? String(item['request_id']) : String(index);
    const check = new ItemCheck();
    const ctx = { store, check, stamp };
    if (!isRecord(item)) check.type('', 'array');
    else if (mode.create) {
      const apply = writer.read(item, undefined, ctx);
      pending.push(() => {
        const record = writer.fresh(nextId(store[kind], kind), ctx);
        // Stored before applying, so that the applier sees it (tags, closest task dates).
        store[kind].push(record);
        apply(record);
        return written(record, undefined, requestId, own);
      });
    } else {
      const id = mode.id ?? asInt(item['id']);
      const existing = id === undefined ? undefined : findRecord(store[kind], id);
      if (id === undefined) check.blank('id');
      else if (!existing) check.fail('id', 'NotFound', 'Entity not found.');
      else {
        const apply = writer.read(item, existing, ctx);
        pending.push(() => {
          const before = structuredClone(existing);
          apply(existing);
          return written(existing, before, requestId, own);
        });
      }
    }
    if (!check.ok) failures.push({ request_id: requestId, errors: check.errors });
  });
  return failures.length > 0 ? { failures } : { written: pending.map((write) => write()) };
}

function written(record: KommoRecord, before: KommoRecord | undefined, requestId: string, echoed: boolean): Written {
  const id = asInt(record.id) ?? 0;
  return { id, request_id: requestId, echoed, updated_at: asInt(record.updated_at) ?? 0, record, before };
}

/** Ids ascend; deleted leads keep theirs (events still name them), so new leads start above every slot. */
function nextId(records: readonly KommoRecord[], kind: WritableKind): number {
  const floor = kind === 'leads' ? ID_BASES.lead + SEED_COUNTS.leadSlots - 1 : 0;
  return records.reduce((max, record) => Math.max(max, asInt(record.id) ?? 0), floor) + 1;
}
