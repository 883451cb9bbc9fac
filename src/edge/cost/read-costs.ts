import { KOMMO_EVENTS_LIMIT, KOMMO_LIST_LIMIT, type RecordPath } from '../../kommo/kommo.client';
import { EVENTS_ENTITY_IDS_LIMIT } from '../../kommo/kommo.link-loaders';
import { NESTED_LIST_ITEMS, recordIdsPerCall, REFERENCE_IDS_PER_CALL, TASK_OWNERS_PER_CALL } from './assumptions';
import { batchedCalls, Moments } from './cost-sheet';
import { byId, type FieldCost, itemsPerParent, pageSize } from './field-cost';

/** The read paths of `kommo/` and `woofed/`, as costs (see the loaders they mirror). */

/** Every loader a `KommoEntity` (lead, contact, company or task) may be read through; customers cost nothing. */
export const ENTITY_LOADERS: readonly RecordPath[] = ['leads', 'contacts', 'companies', 'tasks'];
const NOTE_LOADERS = ['notes:leads', 'notes:contacts', 'notes:companies', 'notes:customers'];

/** The smallest number of ids a call carries over several record loaders. */
function recordsPerCall(paths: readonly RecordPath[]): number {
  return Math.min(...paths.map(recordIdsPerCall));
}

/** A record, or a list of records, read by id through its loader (`kommo.record-loaders.ts`). */
export function records(...paths: RecordPath[]): FieldCost {
  return byId(
    paths.map((path) => `kommo:${path}`),
    recordsPerCall(paths),
  );
}

/** The custom field definitions of one of leads, contacts and companies, each read once per request. */
export const CUSTOM_FIELD_LISTS = ['customFields:leads', 'customFields:contacts', 'customFields:companies'];

/** `CustomFieldValue.field`: the owner's definitions when the walk knows the owner, else any of the three. */
export const customFieldOfValue: FieldCost = (field) => {
  const { owner } = field.scope;
  if (owner === undefined || owner === 'tasks') field.sheet.referenceListAmong(CUSTOM_FIELD_LISTS, field.scope.n);
  else field.sheet.referenceList(`customFields:${owner}`);
  return { n: field.scope.n, at: field.scope.at };
};

/** `CustomFieldValueChangedEvent.field`: the definitions of the event's entity type, unknown before. */
export const customFieldOfEvent: FieldCost = (field) => {
  field.sheet.referenceListAmong(CUSTOM_FIELD_LISTS, field.scope.n);
  return { n: field.scope.n, at: field.scope.at };
};

/**
 * `tasks` of leads, contacts or companies: one tasks query per batch of owners (`TASK_OWNERS_PER_CALL`
 * a call), paged on past 250 tasks.
 */
export function tasksOf(owner: RecordPath): FieldCost {
  return (field) => {
    const keys = field.scope.n;
    const at = field.sheet.load({
      loaders: [`tasksOf:${owner}`],
      at: field.scope.at,
      keys,
      perCall: TASK_OWNERS_PER_CALL,
      paging: { rowsPerKey: NESTED_LIST_ITEMS['tasks'] ?? 1, pageSize: KOMMO_LIST_LIMIT },
    });
    return { n: keys * (NESTED_LIST_ITEMS['tasks'] ?? 1), at };
  };
}

/**
 * `Lead.events(first)`: batches of ten leads, one call each, plus a call of its own for a lead the
 * shared page may have cut short. A full page of 100 events holds `first` of some lead's events
 * whenever ten leads × (first − 1) < 100, so up to `first` = 10 a batch of b leads costs at most b
 * calls; past it, b + 1 (every lead may need its own).
 */
export const leadEvents: FieldCost = (field) => {
  const first = pageSize(field.args, 10, KOMMO_EVENTS_LIMIT);
  const keys = field.scope.n;
  const batches = batchedCalls(keys, EVENTS_ENTITY_IDS_LIMIT, field.scope.at.count);
  const shortPageBound = EVENTS_ENTITY_IDS_LIMIT * (first - 1) < KOMMO_EVENTS_LIMIT;
  field.sheet.calls(shortPageBound ? keys : batches + keys);
  return { n: keys * first, at: new Moments(batches) };
};

/**
 * `NoteEvent.note`: the note from the feed of the event's entity type; a task event reads its task
 * first, then the note from the feed of the task's record.
 */
export const noteOfEvent: FieldCost = (field) => {
  const { sheet, scope } = field;
  const direct = sheet.load({ loaders: NOTE_LOADERS, at: scope.at, keys: scope.n, perCall: REFERENCE_IDS_PER_CALL });
  const task = sheet.load({
    loaders: ['kommo:tasks'],
    at: scope.at,
    keys: scope.n,
    perCall: recordIdsPerCall('tasks'),
  });
  const viaTask = sheet.load({
    loaders: NOTE_LOADERS.slice(0, 3),
    at: task,
    keys: scope.n,
    perCall: REFERENCE_IDS_PER_CALL,
  });
  return { n: scope.n, at: new Moments(direct.count + viaTask.count) };
};

/** `Deal.events`: the deal's contact, read whole (`GET /contacts/{id}`), one call per distinct contact. */
export const dealEvents: FieldCost = (field) => {
  const keys = field.scope.n;
  if (field.scope.contactRead === true) return { n: keys * itemsPerParent(field), at: field.scope.at, deals: keys };
  const at = field.sheet.load({ loaders: ['woofed:contact'], at: field.scope.at, keys, perCall: 1 });
  return { n: keys * itemsPerParent(field), at, deals: keys };
};

/** `DealEvent.deal`: one `GET /deals/{id}` per distinct deal; the events of a deal all name that deal. */
export const dealOfEvent: FieldCost = (field) => {
  const keys = Math.min(field.scope.n, field.scope.deals ?? field.scope.n);
  const at = field.sheet.load({ loaders: ['woofed:deal'], at: field.scope.at, keys, perCall: 1 });
  return { n: field.scope.n, at };
};

/** `WoofedContact.deals`: the contact read whole (`GET /contacts/{id}`), the loader `Deal.events` shares. */
export const dealsOfContact: FieldCost = (field) => {
  const keys = field.scope.n;
  const at = field.sheet.load({ loaders: ['woofed:contact'], at: field.scope.at, keys, perCall: 1 });
  return { n: keys * itemsPerParent(field), at, contactRead: true };
};
