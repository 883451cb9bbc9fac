import { asId, asInt, asNumber, asString, fromUnixSeconds, path } from '../../lib/decode';
import { isKommoId } from '../kommo-id';
import { entityTypeFromUpstream } from '../../schema/common/entity-type.enum';
import {
  CustomFieldValueChangedEvent,
  LeadStatusChangedEvent,
  LinkEvent,
  NameChangedEvent,
  ResponsibleChangedEvent,
  SaleChangedEvent,
  TagsChangedEvent,
  type StatusRef,
} from '../../schema/events/change-events.type';
import { CustomFieldEventValue, EntityRef } from '../../schema/events/event-values.type';
import type { KommoEvent } from '../../schema/events/kommo-event.interface';
import {
  ChatMessageEvent,
  HelpbotEvent,
  NoteEvent,
  NpsRatedEvent,
  TransactionEvent,
} from '../../schema/events/plain-events.type';
import {
  TaskDeadlineChangedEvent,
  TaskTextChangedEvent,
  TaskTypeChangedEvent,
} from '../../schema/events/task-events.type';
import { perFieldCustomFieldId } from './event-classes';
import { firstPayload, payloads } from './payload';

/**
 * Fills the typed fields of a decoded event from its raw value arrays. Every reader tolerates a
 * payload that lacks the documented shape by leaving the field null (or the list empty).
 */
export function fillTypedFields(event: KommoEvent, before: unknown, after: unknown): void {
  const one = (values: unknown, key: string, ...keys: string[]): unknown => path(firstPayload(values, key), ...keys);
  if (event instanceof NoteEvent) {
    event.noteId = kommoId(one(after, 'note', 'id')) ?? kommoId(one(before, 'note', 'id')) ?? null;
  } else if (event instanceof TaskTextChangedEvent) {
    event.textBefore = asString(one(before, 'task', 'text')) ?? null;
    event.textAfter = asString(one(after, 'task', 'text')) ?? null;
  } else if (event instanceof TaskDeadlineChangedEvent) {
    event.deadlineBefore = fromUnixSeconds(one(before, 'task_deadline', 'timestamp')) ?? null;
    event.deadlineAfter = fromUnixSeconds(one(after, 'task_deadline', 'timestamp')) ?? null;
  } else if (event instanceof TaskTypeChangedEvent) {
    event.taskTypeIdBefore = kommoId(one(before, 'task_type', 'id')) ?? null;
    event.taskTypeIdAfter = kommoId(one(after, 'task_type', 'id')) ?? null;
  } else if (event instanceof LeadStatusChangedEvent) {
    event.statusRefBefore = statusRef(firstPayload(before, 'lead_status'));
    event.statusRefAfter = statusRef(firstPayload(after, 'lead_status'));
  } else if (event instanceof ResponsibleChangedEvent) {
    event.responsibleIdBefore = asInt(one(before, 'responsible_user', 'id')) ?? null;
    event.responsibleIdAfter = asInt(one(after, 'responsible_user', 'id')) ?? null;
  } else if (event instanceof TagsChangedEvent) {
    event.tagsBefore = tagNames(before);
    event.tagsAfter = tagNames(after);
  } else if (event instanceof LinkEvent) {
    event.linked = entityRefs(after, 'link');
    event.unlinked = [...entityRefs(after, 'unlink'), ...entityRefs(before, 'link'), ...entityRefs(before, 'unlink')];
  } else if (event instanceof CustomFieldValueChangedEvent) {
    fillCustomField(event, before, after);
  } else if (event instanceof SaleChangedEvent) {
    event.saleBefore = sale(firstPayload(before, 'sale_field_value'));
    event.saleAfter = sale(firstPayload(after, 'sale_field_value'));
  } else if (event instanceof NameChangedEvent) {
    event.nameBefore = asString(one(before, 'name_field_value', 'name')) ?? null;
    event.nameAfter = asString(one(after, 'name_field_value', 'name')) ?? null;
  } else if (event instanceof NpsRatedEvent) {
    event.rate = asInt(one(after, 'nps', 'rate')) ?? null;
  } else if (event instanceof ChatMessageEvent) {
    event.messageId = asId(one(after, 'message', 'id')) ?? null;
    event.talkId = kommoId(one(after, 'message', 'talk_id')) ?? null;
  } else if (event instanceof HelpbotEvent) {
    event.helpbotId = kommoId(one(after, 'helpbot', 'id')) ?? null;
  } else if (event instanceof TransactionEvent) {
    event.transactionId = kommoId(one(after, 'transaction', 'id')) ?? null;
  }
}

/**
 * Ids that Kommo documents as integers (an int or a numeric string). Anything else, such as
 * `"abc"`, is not the documented shape: the typed field degrades to null instead of exposing it.
 */
function kommoId(value: unknown): string | undefined {
  const id = asId(value);
  return id !== undefined && isKommoId(id) ? id : undefined;
}

function statusRef(payload: unknown): StatusRef | null {
  const statusId = kommoId(path(payload, 'id'));
  const pipelineId = kommoId(path(payload, 'pipeline_id'));
  return statusId !== undefined && pipelineId !== undefined ? { pipelineId, statusId } : null;
}

function tagNames(values: unknown): string[] {
  return payloads(values, 'tag').flatMap((tag) => {
    const name = asString(tag['name']);
    return name === undefined ? [] : [name];
  });
}

/** Accepts the documented `{link: {entity: {type, id}}}` and the flat `{link: {type, id}}` seen in client code. */
function entityRefs(values: unknown, key: 'link' | 'unlink'): EntityRef[] {
  return payloads(values, key).flatMap((link) => {
    const target = path(link, 'entity') ?? link;
    const entityType = entityTypeFromUpstream(path(target, 'type'));
    const entityId = kommoId(path(target, 'id'));
    if (entityType === undefined || entityId === undefined) return [];
    return [Object.assign(new EntityRef(), { entityType, entityId })];
  });
}

function fillCustomField(event: CustomFieldValueChangedEvent, before: unknown, after: unknown): void {
  const values = (raw: unknown): CustomFieldEventValue[] =>
    payloads(raw, 'custom_field_value').map((value) =>
      Object.assign(new CustomFieldEventValue(), {
        fieldType: asInt(value['field_type']) ?? null,
        enumId: kommoId(value['enum_id']) ?? null,
        text: asString(value['text']) ?? null,
      }),
    );
  const fromPayload = kommoId(
    path(firstPayload(after, 'custom_field_value') ?? firstPayload(before, 'custom_field_value'), 'field_id'),
  );
  event.fieldId = perFieldCustomFieldId(event.type) ?? fromPayload ?? null;
  event.valuesBefore = values(before);
  event.valuesAfter = values(after);
}

/** Prefers the float `sale_with_minor_units` that newer accounts send over the integer `sale`. */
function sale(payload: unknown): number | null {
  return asNumber(path(payload, 'sale_with_minor_units')) ?? asNumber(path(payload, 'sale')) ?? null;
}
