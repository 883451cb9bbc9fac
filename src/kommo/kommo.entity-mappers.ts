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

/** The fields leads, contacts and companies share; `undefined` without an id. */
function recordFields(raw: unknown, type: KommoEntityType): (Omit<CrmRecord, never> & { raw: JsonRecord }) | undefined {
  if (!isRecord(raw)) return undefined;
  const id = asId(raw['id']);
  if (id === undefined) return undefined;
  const epoch = new Date(0);
  return {
    raw,
    id,
    name: asString(raw['name']) ?? '',
    createdAt: fromUnixSeconds(raw['created_at']) ?? epoch,
    updatedAt: fromUnixSeconds(raw['updated_at']) ?? fromUnixSeconds(raw['created_at']) ?? epoch,
    isDeleted: asBoolean(raw['is_deleted']) ?? false,
    tags: mapRows(asArray(path(raw, '_embedded', 'tags')) ?? [], mapTag),
    customFields: mapFieldValues(raw, type),
    responsibleUserId: asInt(raw['responsible_user_id']) ?? 0,
    createdById: asInt(raw['created_by']) ?? 0,
    updatedById: asInt(raw['updated_by']) ?? 0,
  };
}

export function mapLead(input: unknown): Lead | undefined {
  const fields = recordFields(input, KommoEntityType.LEAD);
  if (fields === undefined) return undefined;
  const { raw, ...common } = fields;
  return Object.assign(new Lead(), common, {
    price: asNumber(raw['price_with_minor_units']) ?? asNumber(raw['price']) ?? null,
    closedAt: fromUnixSeconds(raw['closed_at']) ?? null,
    statusId: asInt(raw['status_id']) ?? 0,
    pipelineId: asInt(raw['pipeline_id']) ?? 0,
    lossReasonId: asInt(raw['loss_reason_id']) ?? null,
    contactIds: linkIds(raw, 'contacts'),
    companyId: linkIds(raw, 'companies')[0] ?? null,
    embeddedLossReason: mapLossReason(asArray(path(raw, '_embedded', 'loss_reason'))?.[0]) ?? null,
  });
}

export function mapContact(input: unknown): Contact | undefined {
  const fields = recordFields(input, KommoEntityType.CONTACT);
  if (fields === undefined) return undefined;
  const { raw, ...common } = fields;
  return Object.assign(new Contact(), common, {
    firstName: asString(raw['first_name']) ?? null,
    lastName: asString(raw['last_name']) ?? null,
    phones: valuesOfCode(common.customFields, 'PHONE'),
    emails: valuesOfCode(common.customFields, 'EMAIL'),
    companyId: linkIds(raw, 'companies')[0] ?? null,
    leadIds: linkIds(raw, 'leads'),
  });
}

export function mapCompany(input: unknown): Company | undefined {
  const fields = recordFields(input, KommoEntityType.COMPANY);
  if (fields === undefined) return undefined;
  const { raw, ...common } = fields;
  return Object.assign(new Company(), common, { contactIds: linkIds(raw, 'contacts'), leadIds: linkIds(raw, 'leads') });
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
