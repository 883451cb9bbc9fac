import { CUSTOM_FIELD_IDS, ID_BASES, KOMMO_ACCOUNT_ID, KOMMO_EPOCH, KOMMO_NOW, SEED_COUNTS } from '../constants';
import type { KommoCompany, KommoContact, KommoCustomField, KommoCustomFieldValues, KommoUser } from '../records';
import {
  creationTimes,
  fieldValues,
  findField,
  multitextValue,
  phoneNumber,
  tagsFrom,
  valuesOrNull,
} from './field-values';
import { slug } from './ids';
import { CONTACT_TAGS, FIRST_NAMES, LAST_NAMES, POSITIONS } from './names';
import type { Rng } from './random';
import { groupOf, pickAuthor, pickUser } from './staff';

export const CONTACT_TAG_FIRST_ID = 31_001;

/** Contacts, 70% of them working at a company (`_embedded.companies`); leads are linked later. */
export function createContacts(
  rng: Rng,
  users: readonly KommoUser[],
  fields: readonly KommoCustomField[],
  companies: readonly KommoCompany[],
): KommoContact[] {
  const times = creationTimes(rng, SEED_COUNTS.contacts, KOMMO_EPOCH, KOMMO_NOW - 10 * 86_400);
  const phone = findField(fields, CUSTOM_FIELD_IDS.contactPhone);
  const email = findField(fields, CUSTOM_FIELD_IDS.contactEmail);
  const position = findField(fields, CUSTOM_FIELD_IDS.contactPosition);
  return times.map((createdAt, index) => {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.chance(0.04) ? '' : rng.pick(LAST_NAMES);
    const company = rng.chance(0.7) ? rng.pick(companies) : undefined;
    const responsible = company && rng.chance(0.7) ? company.responsible_user_id : pickUser(rng);
    const values: KommoCustomFieldValues[] = [];
    if (rng.chance(0.9)) {
      const phones = [multitextValue(phone, rng.pick(['MOB', 'WORK']), phoneNumber(rng))];
      if (rng.chance(0.2)) phones.push(multitextValue(phone, 'HOME', phoneNumber(rng)));
      values.push(fieldValues(phone, phones));
    }
    if (rng.chance(0.75)) {
      const domain = company && rng.chance(0.7) ? `${slug(company.name)}.com` : rng.pick(['gmail.com', 'outlook.com']);
      const address = `${slug(first)}${last ? `.${slug(last)}` : ''}@${domain}`;
      values.push(fieldValues(email, [multitextValue(email, domain.includes('mail') ? 'PRIV' : 'WORK', address)]));
    }
    if (rng.chance(0.45)) values.push(fieldValues(position, [{ value: rng.pick(POSITIONS) }]));
    return {
      id: ID_BASES.contact + index,
      name: last ? `${first} ${last}` : first,
      first_name: first,
      last_name: last,
      responsible_user_id: responsible,
      group_id: groupOf(users, responsible),
      created_by: pickAuthor(rng, 0.15),
      updated_by: pickAuthor(rng, 0.1),
      created_at: createdAt,
      updated_at: rng.int(createdAt, KOMMO_NOW),
      closest_task_at: null,
      is_deleted: false,
      is_unsorted: false,
      custom_fields_values: valuesOrNull(values),
      account_id: KOMMO_ACCOUNT_ID,
      _embedded: {
        tags: rng.chance(0.2) ? tagsFrom(rng, CONTACT_TAGS, CONTACT_TAG_FIRST_ID, 2, false) : [],
        companies: company ? [{ id: company.id }] : [],
        leads: [],
      },
    };
  });
}
