import {
  asArray,
  asBoolean,
  asId,
  asInt,
  asNumber,
  asString,
  fromUnixSeconds,
  isRecord,
  path,
  type JsonRecord,
} from '../lib/decode';
import { entityTypeFromUpstream, KommoEntityType } from '../schema/common/entity-type.enum';
import { Tag } from '../schema/common/tag.type';
import { Company } from '../schema/companies/company.type';
import { Contact } from '../schema/contacts/contact.type';
import type { CrmRecord } from '../schema/common/crm-record.type';
import { Lead } from '../schema/leads/lead.type';
import { Task } from '../schema/tasks/task.type';
import { mapRows } from '../lib/map-rows';
import { linkIds, mapFieldValues, mapLossReason, valuesOfCode } from './kommo.value-mappers';

export function mapTag(raw: unknown): Tag | undefined {
  if (!isRecord(raw)) return undefined;
  const id = asId(raw['id']);
  const name = asString(raw['name']);
  if (id === undefined || name === undefined) return undefined;
  return Object.assign(new Tag(), { id, name, color: asString(raw['color']) ?? null });
}

/**
 * Fills the fields leads, contacts and companies share into `record`; `undefined` when the row has
 * no id. Assigned one by one on the instance: no intermediate objects per row.
 */
function withRecordFields<R extends CrmRecord>(record: R, raw: JsonRecord, type: KommoEntityType): R | undefined {
  const id = asId(raw['id']);
  if (id === undefined) return undefined;
  const createdAt = fromUnixSeconds(raw['created_at']);
  record.id = id;
  record.name = asString(raw['name']) ?? '';
  record.createdAt = createdAt ?? new Date(0);
  record.updatedAt = fromUnixSeconds(raw['updated_at']) ?? createdAt ?? new Date(0);
  record.isDeleted = asBoolean(raw['is_deleted']) ?? false;
  record.tags = mapRows(asArray(path(raw, '_embedded', 'tags')) ?? [], mapTag);
  record.customFields = mapFieldValues(raw, type);
  record.responsibleUserId = asInt(raw['responsible_user_id']) ?? 0;
  record.createdById = asInt(raw['created_by']) ?? 0;
  record.updatedById = asInt(raw['updated_by']) ?? 0;
  return record;
}

export function mapLead(raw: unknown): Lead | undefined {
  if (!isRecord(raw)) return undefined;
  const lead = withRecordFields(new Lead(), raw, KommoEntityType.LEAD);
  if (lead === undefined) return undefined;
  lead.price = asNumber(raw['price_with_minor_units']) ?? asNumber(raw['price']) ?? null;
  lead.closedAt = fromUnixSeconds(raw['closed_at']) ?? null;
  lead.statusId = asInt(raw['status_id']) ?? 0;
  lead.pipelineId = asInt(raw['pipeline_id']) ?? 0;
  lead.lossReasonId = asInt(raw['loss_reason_id']) ?? null;
  lead.contactIds = linkIds(raw, 'contacts');
  lead.companyId = linkIds(raw, 'companies')[0] ?? null;
  lead.embeddedLossReason = mapLossReason(asArray(path(raw, '_embedded', 'loss_reason'))?.[0]) ?? null;
  return lead;
}

export function mapContact(raw: unknown): Contact | undefined {
  if (!isRecord(raw)) return undefined;
  const contact = withRecordFields(new Contact(), raw, KommoEntityType.CONTACT);
  if (contact === undefined) return undefined;
  contact.firstName = asString(raw['first_name']) ?? null;
  contact.lastName = asString(raw['last_name']) ?? null;
  contact.phones = valuesOfCode(contact.customFields, 'PHONE');
  contact.emails = valuesOfCode(contact.customFields, 'EMAIL');
  contact.companyId = linkIds(raw, 'companies')[0] ?? null;
  contact.leadIds = linkIds(raw, 'leads');
  return contact;
}

export function mapCompany(raw: unknown): Company | undefined {
  if (!isRecord(raw)) return undefined;
  const company = withRecordFields(new Company(), raw, KommoEntityType.COMPANY);
  if (company === undefined) return undefined;
  company.contactIds = linkIds(raw, 'contacts');
  company.leadIds = linkIds(raw, 'leads');
  return company;
}

export function mapTask(raw: unknown): Task | undefined {
  if (!isRecord(raw)) return undefined;
  const id = asId(raw['id']);
  if (id === undefined) return undefined;
  const createdAt = fromUnixSeconds(raw['created_at']) ?? new Date(0);
  return Object.assign(new Task(), {
    id,
    text: asString(raw['text']) ?? '',
    entityType: entityTypeFromUpstream(raw['entity_type']) ?? null,
    entityId: asId(raw['entity_id']) ?? null,
    completeTill: fromUnixSeconds(raw['complete_till']) ?? null,
    isCompleted: asBoolean(raw['is_completed']) ?? false,
    // Kommo sends `result: []` for a task without a result and `{text}` otherwise.
    result: asString(path(raw['result'], 'text')) ?? null,
    duration: asInt(raw['duration']) ?? null,
    createdAt,
    updatedAt: fromUnixSeconds(raw['updated_at']) ?? createdAt,
    taskTypeId: asInt(raw['task_type_id']) ?? 0,
    responsibleUserId: asInt(raw['responsible_user_id']) ?? 0,
    createdById: asInt(raw['created_by']) ?? 0,
  });
}
