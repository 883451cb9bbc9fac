import { KOMMO_EVENTS_LIMIT, KOMMO_LIST_LIMIT, type RecordPath } from '../../kommo/kommo.client';
import { isKommoId } from '../../kommo/kommo-id';
import { RECORD_PATHS } from '../../kommo/kommo.record-loaders';
import { isRecord } from '../../lib/decode';
import {
  CUSTOM_FIELD_OWNERS,
  type CustomFieldEntityType,
} from '../../schema/custom-fields/custom-field-entity-type.enum';
import { isCanonicalPositiveInteger } from '../../woofed/woofed-id';
import { recordIdsPerCall } from './assumptions';
import { Moments } from './cost-sheet';
import { byIdArgument, type FieldCost, free, listPage, referenceList, single } from './field-cost';
import {
  customFieldOfEvent,
  customFieldOfValue,
  dealEvents,
  dealOfEvent,
  dealsOfContact,
  ENTITY_LOADERS,
  leadEvents,
  noteOfEvent,
  records,
  tasksOf,
} from './read-costs';
import { createRecords, dealEventWrite, updateRecord } from './write-costs';

/**
 * What every resolver of the schema costs upstream, by `Type.field` (an interface's fields apply to
 * every type that implements it). A field not listed here is resolved from its parent's data. A
 * unit test fails when a resolver exists without an entry, so a new resolver cannot go uncosted.
 */

const users = referenceList('users');
const pipelines = referenceList('pipelines');
const taskTypes = referenceList('taskTypes');

function recordById(path: RecordPath): FieldCost {
  return byIdArgument(`kommo:${path}`, recordIdsPerCall(path), isKommoId);
}

/** `Query.customFields(entityType)`: that type's definitions, once per request. */
const customFieldList: FieldCost = (field) => {
  const owner = CUSTOM_FIELD_OWNERS[field.args['entityType'] as CustomFieldEntityType];
  const path = owner === undefined ? undefined : RECORD_PATHS[owner];
  return path === undefined ? free(field) : referenceList(`customFields:${path}`)(field);
};

const FEDERATED_RECORDS: Readonly<Record<string, RecordPath>> = {
  Lead: 'leads',
  Contact: 'contacts',
  Company: 'companies',
  Task: 'tasks',
};

/** `_entities(representations)`: one batched read per record type, users from their list. */
const entities: FieldCost = (field) => {
  const representations = Array.isArray(field.args['representations']) ? field.args['representations'] : [];
  let moments = 0;
  for (const representation of representations.filter(isRecord)) {
    const typename = representation['__typename'];
    if (typename === 'User') field.sheet.referenceList('users');
    const path = typeof typename === 'string' ? FEDERATED_RECORDS[typename] : undefined;
    const id = representation['id'];
    const key = typeof id === 'number' ? String(id) : id;
    if (path === undefined || typeof key !== 'string' || !isKommoId(key)) continue;
    const perCall = recordIdsPerCall(path);
    moments += field.sheet.load({ loaders: [`kommo:${path}`], at: field.scope.at, keys: 1, perCall, value: key }).count;
  }
  return { n: representations.length, at: new Moments(Math.max(moments, 1)) };
};

function people(type: string): Record<string, FieldCost> {
  return { [`${type}.responsibleUser`]: users, [`${type}.createdBy`]: users };
}

export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  'Query.events': listPage(50, KOMMO_EVENTS_LIMIT),
  'Query.event': single,
  'Query.leads': listPage(50, KOMMO_LIST_LIMIT),
  'Query.contacts': listPage(50, KOMMO_LIST_LIMIT),
  'Query.companies': listPage(50, KOMMO_LIST_LIMIT),
  'Query.tasks': listPage(50, KOMMO_LIST_LIMIT),
  'Query.lead': recordById('leads'),
  'Query.contact': recordById('contacts'),
  'Query.company': recordById('companies'),
  'Query.task': recordById('tasks'),
  'Query.pipelines': pipelines,
  'Query.pipeline': pipelines,
  'Query.users': users,
  'Query.user': users,
  'Query.customFields': customFieldList,
  'Query.deal': byIdArgument('woofed:deal', 1, isCanonicalPositiveInteger),
  'Query.woofedContacts': single,
  'Query._entities': entities,
  'Query._service': free,

  'Mutation.createLeads': createRecords('leads'),
  'Mutation.updateLead': updateRecord('leads'),
  'Mutation.createContacts': createRecords('contacts'),
  'Mutation.updateContact': updateRecord('contacts'),
  'Mutation.createCompanies': createRecords('companies'),
  'Mutation.updateCompany': updateRecord('companies'),
  'Mutation.createTasks': createRecords('tasks'),
  'Mutation.updateTask': updateRecord('tasks'),
  'Mutation.createDealNote': dealEventWrite,
  'Mutation.createDealActivity': dealEventWrite,
  'Mutation.sendChatwootMessage': dealEventWrite,
  'Mutation.sendWhatsappMessage': dealEventWrite,

  'Lead.contacts': records('contacts'),
  'Lead.company': records('companies'),
  'Lead.lossReason': referenceList('lossReasons'),
  'Lead.events': leadEvents,
  'Lead.tasks': tasksOf('leads'),
  'Lead.status': pipelines,
  'Lead.pipeline': pipelines,
  ...people('Lead'),
  'Contact.company': records('companies'),
  'Contact.leads': records('leads'),
  'Contact.tasks': tasksOf('contacts'),
  ...people('Contact'),
  'Company.contacts': records('contacts'),
  'Company.leads': records('leads'),
  'Company.tasks': tasksOf('companies'),
  ...people('Company'),
  'Task.taskType': taskTypes,
  'Task.entity': records('leads', 'contacts', 'companies'),
  ...people('Task'),
  'CustomFieldValue.field': customFieldOfValue,
  'PipelineStatus.pipeline': pipelines,
  'Note.createdBy': users,

  'KommoEvent.entity': records(...ENTITY_LOADERS),
  'KommoEvent.createdBy': users,
  'EntityRef.entity': records(...ENTITY_LOADERS),
  'NoteEvent.note': noteOfEvent,
  'LeadStatusChangedEvent.statusBefore': pipelines,
  'LeadStatusChangedEvent.statusAfter': pipelines,
  'ResponsibleChangedEvent.responsibleBefore': users,
  'ResponsibleChangedEvent.responsibleAfter': users,
  'TaskTypeChangedEvent.taskTypeBefore': taskTypes,
  'TaskTypeChangedEvent.taskTypeAfter': taskTypes,
  'CustomFieldValueChangedEvent.field': customFieldOfEvent,

  'Deal.events': dealEvents,
  'DealEvent.deal': dealOfEvent,
  'WoofedContact.deals': dealsOfContact,
};

/** The record type whose custom field values a selection on this type reads. */
export const CUSTOM_FIELD_OWNER_TYPES: Readonly<Record<string, RecordPath>> = {
  Lead: 'leads',
  Contact: 'contacts',
  Company: 'companies',
};
