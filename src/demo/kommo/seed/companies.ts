import { CUSTOM_FIELD_IDS, ID_BASES, KOMMO_ACCOUNT_ID, KOMMO_EPOCH, KOMMO_NOW, SEED_COUNTS } from '../constants';
import type { KommoCompany, KommoCustomField, KommoCustomFieldValues, KommoUser } from '../records';
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
import { COMPANY_HEADS, COMPANY_SUFFIXES, COMPANY_TAGS, COMPANY_TAILS } from './names';
import type { Rng } from './random';
import { groupOf, pickAuthor, pickUser } from './staff';

export const COMPANY_TAG_FIRST_ID = 32_001;

/** Companies without links (`links.ts` fills `_embedded.leads/contacts`). */
export function createCompanies(
  rng: Rng,
  users: readonly KommoUser[],
  fields: readonly KommoCustomField[],
): KommoCompany[] {
  const combos = COMPANY_HEADS.flatMap((head) => COMPANY_TAILS.map((tail) => `${head} ${tail}`));
  const names = rng.sample(combos, SEED_COUNTS.companies);
  const times = creationTimes(rng, SEED_COUNTS.companies, KOMMO_EPOCH, KOMMO_NOW - 30 * 86_400);
  const phone = findField(fields, CUSTOM_FIELD_IDS.companyPhone);
  const web = findField(fields, CUSTOM_FIELD_IDS.companyWeb);
  return names.map((base, index) => {
    const createdAt = times[index] ?? KOMMO_EPOCH;
    const responsible = pickUser(rng);
    const name = rng.chance(0.4) ? `${base} ${rng.pick(COMPANY_SUFFIXES)}` : base;
    const values: KommoCustomFieldValues[] = [];
    if (rng.chance(0.8)) values.push(fieldValues(phone, [multitextValue(phone, 'WORK', phoneNumber(rng))]));
    if (rng.chance(0.7)) values.push(fieldValues(web, [{ value: `https://www.${slug(base)}.com` }]));
    return {
      id: ID_BASES.company + index,
      name,
      responsible_user_id: responsible,
      group_id: groupOf(users, responsible),
      created_by: pickAuthor(rng, 0.05),
      updated_by: pickAuthor(rng, 0.1),
      created_at: createdAt,
      updated_at: rng.int(createdAt, KOMMO_NOW),
      closest_task_at: null,
      is_deleted: false,
      custom_fields_values: valuesOrNull(values),
      account_id: KOMMO_ACCOUNT_ID,
      _embedded: {
        tags: rng.chance(0.25) ? tagsFrom(rng, COMPANY_TAGS, COMPANY_TAG_FIRST_ID, 1, false) : [],
        leads: [],
        contacts: [],
      },
    };
  });
}
