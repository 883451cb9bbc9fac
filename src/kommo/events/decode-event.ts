import { asId, asInt, asString, fromUnixSeconds, isRecord } from '../../lib/decode';
import { entityTypeFromUpstream } from '../../schema/common/entity-type.enum';
import type { KommoEvent } from '../../schema/events/kommo-event.interface';
import { eventClassFor } from './event-classes';
import { fillTypedFields } from './event-fields';

/**
 * Turns one raw Kommo event into an instance of its GraphQL type. Returns `undefined` only when
 * the envelope itself is unusable (no id, type, entity or creation time): such a row cannot be
 * represented by the interface's non-null fields. A malformed payload never fails: the typed
 * fields stay null and `valueBefore`/`valueAfter` keep the raw JSON.
 */
export function decodeEvent(raw: unknown): KommoEvent | undefined {
  if (!isRecord(raw)) return undefined;
  const id = asId(raw['id']);
  const type = asString(raw['type']);
  const entityType = entityTypeFromUpstream(raw['entity_type']);
  const entityId = asId(raw['entity_id']);
  const createdAt = fromUnixSeconds(raw['created_at']);
  if (
    id === undefined ||
    type === undefined ||
    entityType === undefined ||
    entityId === undefined ||
    createdAt === undefined
  ) {
    return undefined;
  }
  const Class = eventClassFor(type);
  const event = new Class();
  // Assigned one by one: no intermediate object per event (a page has up to 100).
  event.id = id;
  event.type = type;
  event.entityType = entityType;
  event.entityId = entityId;
  event.createdAt = createdAt;
  event.createdById = asInt(raw['created_by']) ?? 0;
  // JSON! is non-null: a missing array is served as [] rather than failing the event.
  event.valueBefore = raw['value_before'] ?? [];
  event.valueAfter = raw['value_after'] ?? [];
  fillTypedFields(event, raw['value_before'], raw['value_after']);
  return event;
}
