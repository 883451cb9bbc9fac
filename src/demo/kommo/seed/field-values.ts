import type { KommoCustomField, KommoCustomFieldValues, KommoFieldValue, KommoTag } from '../records';
import type { Rng } from './random';

/** Builders for `custom_fields_values` entries, tags, phones and timestamps. */

export function fieldValues(field: KommoCustomField, values: KommoFieldValue[]): KommoCustomFieldValues {
  return { field_id: field.id, field_name: field.name, field_code: field.code, field_type: field.type, values };
}

/** A multitext value (`enum_code` is the enum's value, e.g. WORK). */
export function multitextValue(field: KommoCustomField, code: string, value: string): KommoFieldValue {
  const found = field.enums?.find((item) => item.value === code);
  return found ? { value, enum_id: found.id, enum_code: found.value } : { value };
}

/** `null` when there is nothing, as Kommo sends it. */
export function valuesOrNull(entries: KommoCustomFieldValues[]): KommoCustomFieldValues[] | null {
  return entries.length > 0 ? entries : null;
}

export function findField(fields: readonly KommoCustomField[], id: number): KommoCustomField {
  const found = fields.find((item) => item.id === id);
  if (!found) throw new Error(`seed: no custom field ${id}`);
  return found;
}

function digits(rng: Rng, count: number): string {
  return Array.from({ length: count }, () => String(rng.int(0, 9))).join('');
}

export function phoneNumber(rng: Rng): string {
  switch (rng.int(0, 3)) {
    case 0:
      return `+55 11 9${digits(rng, 4)}-${digits(rng, 4)}`;
    case 1:
      return `+1 415 555 ${digits(rng, 4)}`;
    case 2:
      return `+44 20 7946 ${digits(rng, 4)}`;
    default:
      return `+34 6${digits(rng, 2)} ${digits(rng, 3)} ${digits(rng, 3)}`;
  }
}

/** Tag records with per-entity-type ids: `pool[i]` gets id `firstId + i`. */
export function tagsFrom(rng: Rng, pool: readonly string[], firstId: number, max: number, colors: boolean): KommoTag[] {
  const palette = ['EBEBEB', 'FFC8C8', 'DDEBB5', 'D6EAFF', 'FFF000'];
  return rng
    .sample(pool, rng.int(1, max))
    .map((name) => {
      const index = pool.indexOf(name);
      return { id: firstId + index, name, color: colors ? (palette[index % palette.length] ?? null) : null };
    })
    .sort((a, b) => a.id - b.id);
}

/** Sorted creation times in [from, to], so that ids ascend with creation like real Kommo ids. */
export function creationTimes(rng: Rng, count: number, from: number, to: number): number[] {
  return Array.from({ length: count }, () => rng.int(from, to)).sort((a, b) => a - b);
}
