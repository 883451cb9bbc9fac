import { KommoEntityType } from '../../schema/common/entity-type.enum';
import type { CreateCompanyInput, UpdateCompanyInput } from '../../schema/companies/company.input';
import type { CreateContactInput, UpdateContactInput } from '../../schema/contacts/contact.input';
import type { CreateLeadInput, UpdateLeadInput } from '../../schema/leads/lead.input';
import type { CreateTaskInput, UpdateTaskInput } from '../../schema/tasks/task.input';
import { peopleRow, recordRow } from './record-rows';
import { put, putId, putTime, type WriteRow } from './write-row';

/** Write bodies per entity, from validated input. Updates go to `PATCH /{entity}/{id}`, so they carry no id. */

export function leadRow(input: CreateLeadInput | UpdateLeadInput): WriteRow {
  const row = recordRow(input);
  put(row, 'name', input.name);
  put(row, 'price', input.price);
  putId(row, 'status_id', input.statusId);
  putId(row, 'pipeline_id', input.pipelineId);
  putId(row, 'loss_reason_id', input.lossReasonId);
  putTime(row, 'closed_at', input.closedAt);
  return row;
}

/** Kommo links existing contacts and a company on create only (reference §5). */
export function newLeadRow(input: CreateLeadInput): WriteRow {
  const row = leadRow(input);
  const embedded: WriteRow = {};
  const contacts = input.contacts ?? [];
  const flagged = contacts.some((link) => link.isMain === true);
  if (contacts.length > 0) {
    embedded['contacts'] = contacts.map((link, index) => ({
      id: Number(link.id),
      is_main: flagged ? link.isMain === true : index === 0,
    }));
  }
  if (input.companyId) embedded['companies'] = [{ id: Number(input.companyId) }];
  if (Object.keys(embedded).length > 0) row['_embedded'] = embedded;
  return row;
}

export function contactRow(input: CreateContactInput | UpdateContactInput): WriteRow {
  const row = recordRow(input);
  put(row, 'name', input.name);
  put(row, 'first_name', input.firstName);
  put(row, 'last_name', input.lastName);
  return row;
}

export function companyRow(input: CreateCompanyInput | UpdateCompanyInput): WriteRow {
  const row = recordRow(input);
  put(row, 'name', input.name);
  return row;
}

/** The tasks endpoint spells entity types plural. */
const TASK_ENTITY: Readonly<Record<KommoEntityType, string>> = {
  [KommoEntityType.LEAD]: 'leads',
  [KommoEntityType.CONTACT]: 'contacts',
  [KommoEntityType.COMPANY]: 'companies',
  [KommoEntityType.CUSTOMER]: 'customers',
  [KommoEntityType.TASK]: 'tasks',
};

export function taskRow(input: CreateTaskInput | UpdateTaskInput): WriteRow {
  const row = peopleRow(input);
  put(row, 'text', input.text);
  putTime(row, 'complete_till', input.completeTill);
  if (input.entityType) row['entity_type'] = TASK_ENTITY[input.entityType];
  putId(row, 'entity_id', input.entityId);
  putId(row, 'task_type_id', input.taskTypeId);
  put(row, 'duration', input.duration);
  return row;
}

/** Completing is `{is_completed: true, result: {text}}` (reference §5). */
export function taskUpdateRow(input: UpdateTaskInput): WriteRow {
  const row = taskRow(input);
  put(row, 'is_completed', input.isCompleted);
  if (input.result !== undefined && input.result !== null) row['result'] = { text: input.result };
  return row;
}
