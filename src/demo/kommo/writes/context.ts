import type { JsonRecord } from '../../../lib/decode';
import type { KommoEntityKind } from '../records';
import type { KommoRecord, KommoStore } from '../store';
import type { ItemCheck } from './check';

export type WritableKind = KommoEntityKind | 'tasks';

/** What validating one item of a write batch sees. */
export interface ItemContext {
  store: KommoStore;
  check: ItemCheck;
  /** The write's Unix time, shared by every item of the batch. */
  stamp: number;
}

/** Applies a validated item to a record; run only once the whole batch has passed validation. */
export type Apply = (record: KommoRecord) => void;

/** How one entity type is written. */
export interface KindWriter {
  /** A new record with Kommo's defaults, before the item's own fields are applied. */
  fresh(id: number, ctx: ItemContext): KommoRecord;
  /** Validates `item` (a create when `existing` is undefined) into `ctx.check`, and returns how to apply it. */
  read(item: JsonRecord, existing: KommoRecord | undefined, ctx: ItemContext): Apply;
}

/** Runs each applier in turn. */
export function applyAll(appliers: ReadonlyArray<Apply | undefined>): Apply {
  return (record) => {
    for (const apply of appliers) apply?.(record);
  };
}
