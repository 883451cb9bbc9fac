import type { RecordPath } from '../../kommo/kommo.client';
import { RECORD_PATHS } from '../../kommo/kommo.record-loaders';
import { KOMMO_WRITE_LIMIT } from '../../kommo/writes/batches';
import { isRecord } from '../../lib/decode';
import type { KommoEntityType } from '../../schema/common/entity-type.enum';
import { recordIdsPerCall, REFERENCE_IDS_PER_CALL } from './assumptions';
import { type CostSheet, Moments } from './cost-sheet';
import type { FieldCost } from './field-cost';

/**
 * The Kommo mutations (`schema/writes/run-writes.ts`): the reads that validate the input (each
 * reference list once, each linked record type one batched read), the writes (⌈n/250⌉ sequential
 * POSTs, or one PATCH), then one batched read-back of what was written.
 */

type Item = Readonly<Record<string, unknown>>;

function given(item: Item, key: string): boolean {
  return item[key] !== undefined && item[key] !== null;
}

function listOf(value: unknown): Item[] {
  const list = Array.isArray(value) ? (value as unknown[]) : value === undefined || value === null ? [] : [value];
  return list.filter(isRecord);
}

/** The lookups `WriteChecks` makes for these items; they all start together, so each loader batches once. */
function validationReads(sheet: CostSheet, entity: RecordPath, items: readonly Item[], at: Moments): void {
  const some = (key: string) => items.some((item) => given(item, key));
  const load = (loader: string, keys: number, perCall: number) => {
    if (keys > 0) sheet.load({ loaders: [loader], at, keys, perCall });
  };
  if (['responsibleUserId', 'createdBy', 'updatedBy'].some(some)) sheet.referenceList('users');
  if (entity !== 'tasks') {
    const tagIds = items.flatMap((item) => [...listOf(item['tagsToAdd']), ...listOf(item['tagsToDelete'])]);
    load(`tags:${entity}`, tagIds.filter((tag) => given(tag, 'id')).length, REFERENCE_IDS_PER_CALL);
    if (items.some((item) => listOf(item['customFieldsValues']).length > 0))
      sheet.referenceList(`customFields:${entity}`);
  }
  if (entity === 'leads') {
    if (some('lossReasonId')) sheet.referenceList('lossReasons');
    if (some('pipelineId') || some('statusId')) sheet.referenceList('pipelines');
    const contacts = items.flatMap((item) => listOf(item['contacts'])).length;
    load('kommo:contacts', contacts, recordIdsPerCall('contacts'));
    load('kommo:companies', items.filter((item) => given(item, 'companyId')).length, recordIdsPerCall('companies'));
  }
  if (entity === 'tasks') {
    if (some('taskTypeId')) sheet.referenceList('taskTypes');
    for (const item of items) {
      const owner = RECORD_PATHS[item['entityType'] as KommoEntityType];
      if (owner !== undefined && given(item, 'entityId')) load(`kommo:${owner}`, 1, recordIdsPerCall(owner));
    }
  }
}

/** `create…(input: [...])`. */
export function createRecords(entity: RecordPath): FieldCost {
  return (field) => {
    const items = listOf(field.args['input']);
    validationReads(field.sheet, entity, items, field.scope.at);
    field.sheet.calls(Math.ceil(items.length / KOMMO_WRITE_LIMIT));
    return readBack(field.sheet, entity, items.length);
  };
}

/** `update…(input: {...})`: the record must exist (one read), one PATCH, and the record read again. */
export function updateRecord(entity: RecordPath): FieldCost {
  return (field) => {
    const items = listOf(field.args['input']);
    validationReads(field.sheet, entity, items, field.scope.at);
    field.sheet.load({ loaders: [`kommo:${entity}`], at: field.scope.at, keys: 1, perCall: 1 });
    field.sheet.calls(1);
    return readBack(field.sheet, entity, 1);
  };
}

function readBack(sheet: CostSheet, entity: RecordPath, keys: number) {
  const at = sheet.load({ loaders: [`kommo:${entity}`], at: new Moments(1), keys, perCall: recordIdsPerCall(entity) });
  return { n: keys, at };
}

/** A WoofedCRM deal event: one POST (none when an idempotency key replays an earlier answer). */
export const dealEventWrite: FieldCost = (field) => {
  field.sheet.calls(1);
  return { n: 1, at: new Moments(1) };
};
