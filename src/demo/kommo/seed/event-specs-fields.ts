import type { KommoCustomField, KommoEntityKind, KommoEventValue, KommoFieldValue } from '../records';
import { FIELD_TYPE_CODES } from './custom-fields';
import { single } from './draft';
import { perFieldEventKey } from './event-catalogue';
import { phoneNumber } from './field-values';
import { PRODUCTS } from './names';
import type { Rng } from './random';
import type { BuildContext, EventSpec, Subject, SubjectKind } from './timeline-types';

/**
 * Custom field events: one `custom_field_{ID}_value_changed` spec per real field, plus the generic
 * `custom_field_value_changed`. `value_after` is the entity's current value when it has one.
 */

const KIND_BY_ENTITY: Readonly<Record<KommoEntityKind, SubjectKind>> = {
  leads: 'lead',
  contacts: 'contact',
  companies: 'company',
};
const ENTITY_BY_KIND: Readonly<Partial<Record<SubjectKind, KommoEntityKind>>> = {
  lead: 'leads',
  contact: 'contacts',
  company: 'companies',
};

function payload(field: KommoCustomField, value: KommoFieldValue): KommoEventValue {
  return {
    custom_field_value: {
      field_id: field.id,
      field_type: FIELD_TYPE_CODES[field.type] ?? 1,
      enum_id: value.enum_id ?? null,
      text: String(value.value),
    },
  };
}

function randomValue(rng: Rng, field: KommoCustomField): KommoFieldValue {
  const option = field.enums && field.enums.length > 0 ? rng.pick(field.enums) : undefined;
  switch (field.type) {
    case 'select':
      return option ? { value: option.value, enum_id: option.id } : { value: '' };
    case 'numeric':
      return { value: String(rng.int(10, 500) * 100) };
    case 'url':
      return { value: `https://www.example-${rng.int(1, 99)}.com` };
    case 'multitext': {
      const text = field.code === 'EMAIL' ? `contact${rng.int(1, 999)}@example.com` : phoneNumber(rng);
      return option ? { value: text, enum_id: option.id, enum_code: option.value } : { value: text };
    }
    default:
      return { value: rng.pick(PRODUCTS) };
  }
}

function currentValues(s: Subject, fieldId: number): KommoFieldValue[] {
  const entries =
    s.lead?.custom_fields_values ?? s.contact?.custom_fields_values ?? s.company?.custom_fields_values ?? [];
  return entries.find((entry) => entry.field_id === fieldId)?.values ?? [];
}

function change(ctx: BuildContext, s: Subject, field: KommoCustomField, type: string) {
  const current = currentValues(s, field.id);
  const after = current.length > 0 ? current : [randomValue(ctx.rng, field)];
  const before = ctx.rng.chance(0.3) ? [] : [randomValue(ctx.rng, field)];
  return single(
    type,
    ctx.at,
    before.map((value) => payload(field, value)),
    after.map((value) => payload(field, value)),
  );
}

export function fieldSpecs(customFields: Record<KommoEntityKind, readonly KommoCustomField[]>): EventSpec[] {
  const all = [...customFields.leads, ...customFields.contacts, ...customFields.companies];
  const perField = all.map((field): EventSpec => ({
    key: perFieldEventKey(field.id),
    weight: field.entity_type === 'leads' ? 5 : 1.5,
    subjects: [[KIND_BY_ENTITY[field.entity_type], 1]],
    build: (ctx, s) => change(ctx, s, field, perFieldEventKey(field.id)),
  }));
  const generic: EventSpec = {
    key: 'custom_field_value_changed',
    weight: 3,
    subjects: [
      ['lead', 3],
      ['contact', 2],
      ['company', 1],
    ],
    build: (ctx, s) => {
      const kind = ENTITY_BY_KIND[s.entityType];
      const fields = kind ? customFields[kind] : [];
      return fields.length > 0 ? change(ctx, s, ctx.rng.pick(fields), 'custom_field_value_changed') : [];
    },
  };
  return [...perField, generic];
}
