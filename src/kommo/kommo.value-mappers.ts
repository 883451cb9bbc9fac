import { asArray, asId, asInt, asNumber, asScalarText, asString, isRecord, path, type JsonRecord } from '../lib/decode';
import type { KommoEntityType } from '../schema/common/entity-type.enum';
import { CustomFieldValue, CustomFieldValueItem } from '../schema/custom-fields/custom-field-value.type';
import { LossReason } from '../schema/leads/loss-reason.type';
import { mapRows } from '../lib/map-rows';

/** `custom_fields_values` of a lead, contact or company (`null` when none, reference §4.11). */
export function mapFieldValues(raw: JsonRecord, entityType: KommoEntityType): CustomFieldValue[] {
  return mapRows(asArray(raw['custom_fields_values']) ?? [], (entry) => {
    if (!isRecord(entry)) return undefined;
    const fieldId = asId(entry['field_id']);
    if (fieldId === undefined) return undefined;
    // Assigned one by one: no intermediate object per field of every record read.
    const value = new CustomFieldValue();
    value.fieldId = fieldId;
    value.fieldName = asString(entry['field_name']) ?? '';
    value.fieldCode = asString(entry['field_code']) ?? null;
    value.fieldType = asString(entry['field_type']) ?? 'unknown';
    value.values = mapRows(asArray(entry['values']) ?? [], mapValueItem);
    value.entityType = entityType;
    return value;
  });
}

function mapValueItem(raw: unknown): CustomFieldValueItem | undefined {
  if (!isRecord(raw)) return undefined;
  const value = raw['value'];
  const scalar = typeof value === 'string' || typeof value === 'boolean' ? value : (asNumber(value) ?? null);
  const item = new CustomFieldValueItem();
  item.value = scalar;
  item.text = asScalarText(scalar) ?? null;
  item.enumId = asId(raw['enum_id']) ?? null;
  // Old amoCRM payloads call it `enum` (reference §4.11).
  item.enumCode = asString(raw['enum_code']) ?? asString(raw['enum']) ?? null;
  return item;
}

/** The texts of the field with this code, e.g. a contact's PHONE or EMAIL multitext values. */
export function valuesOfCode(fields: readonly CustomFieldValue[], code: string): string[] {
  const texts: string[] = [];
  for (const field of fields) {
    if (field.fieldCode !== code) continue;
    for (const item of field.values) if (item.text !== null && item.text !== '') texts.push(item.text);
  }
  return texts;
}

/**
 * Ids under `_embedded[key]` (`contacts`, `leads`, `companies`), in Kommo's order. Kommo embeds
 * them only for the matching `with=`, which every record read asks for (`RECORD_WITH`).
 */
export function linkIds(raw: JsonRecord, key: string): string[] {
  return mapRows(asArray(path(raw, '_embedded', key)) ?? [], (ref) => asId(path(ref, 'id')));
}

export function mapLossReason(raw: unknown): LossReason | undefined {
  if (!isRecord(raw)) return undefined;
  const id = asId(raw['id']);
  if (id === undefined) return undefined;
  return Object.assign(new LossReason(), { id, name: asString(raw['name']) ?? '', sort: asInt(raw['sort']) ?? null });
}
