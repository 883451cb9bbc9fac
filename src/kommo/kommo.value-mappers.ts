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
    return Object.assign(new CustomFieldValue(), {
      fieldId,
      fieldName: asString(entry['field_name']) ?? '',
      fieldCode: asString(entry['field_code']) ?? null,
      fieldType: asString(entry['field_type']) ?? 'unknown',
      values: mapRows(asArray(entry['values']) ?? [], mapValueItem),
      entityType,
    });
  });
}

function mapValueItem(raw: unknown): CustomFieldValueItem | undefined {
  if (!isRecord(raw)) return undefined;
  const value = raw['value'];
  const scalar = typeof value === 'string' || typeof value === 'boolean' ? value : (asNumber(value) ?? null);
  return Object.assign(new CustomFieldValueItem(), {
    value: scalar,
    text: asScalarText(scalar) ?? null,
    enumId: asId(raw['enum_id']) ?? null,
    // Old amoCRM payloads call it `enum` (reference §4.11).
    enumCode: asString(raw['enum_code']) ?? asString(raw['enum']) ?? null,
  });
}

/** The texts of the field with this code, e.g. a contact's PHONE or EMAIL multitext values. */
export function valuesOfCode(fields: readonly CustomFieldValue[], code: string): string[] {
  return fields
    .filter((field) => field.fieldCode === code)
    .flatMap((field) => field.values.flatMap((item) => (item.text === null || item.text === '' ? [] : [item.text])));
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
