import {
  CUSTOM_FIELD_IDS,
  ID_BASES,
  KOMMO_ACCOUNT_ID,
  KOMMO_EPOCH,
  KOMMO_NOW,
  PIPELINE_IDS,
  SEED_COUNTS,
  STATUS_IDS,
  USER_IDS,
} from '../constants';
import type {
  KommoCompany,
  KommoContact,
  KommoCustomField,
  KommoCustomFieldValues,
  KommoLead,
  KommoLossReason,
  KommoUser,
} from '../records';
import { creationTimes, fieldValues, findField, tagsFrom, valuesOrNull } from './field-values';
import { LEAD_TAGS, PRODUCTS } from './names';
import type { Rng } from './random';
import { groupOf, pickAuthor, pickUser } from './staff';

export const LEAD_TAG_FIRST_ID = 30_001;

/** A lead that was deleted: gone from the store, but events still name it. */
export interface GhostLead {
  id: number;
  name: string;
  created_at: number;
  responsible_user_id: number;
  pipeline_id: number;
  status_id: number;
}

const SALES_STATUSES: ReadonlyArray<readonly [number, number]> = [
  [STATUS_IDS.salesIncoming, 10],
  [STATUS_IDS.salesFirstContact, 15],
  [STATUS_IDS.salesQualification, 15],
  [STATUS_IDS.salesProposal, 14],
  [STATUS_IDS.salesNegotiation, 10],
  [STATUS_IDS.won, 20],
  [STATUS_IDS.lost, 16],
];
const PARTNER_STATUSES: ReadonlyArray<readonly [number, number]> = [
  [STATUS_IDS.partnersIncoming, 15],
  [STATUS_IDS.partnersOnboarding, 25],
  [STATUS_IDS.partnersActive, 25],
  [STATUS_IDS.won, 20],
  [STATUS_IDS.lost, 15],
];

/** Leads (with contact/company links on the lead side) plus the deleted "ghost" leads. */
export function createLeads(
  rng: Rng,
  users: readonly KommoUser[],
  fields: readonly KommoCustomField[],
  lossReasons: readonly KommoLossReason[],
  contacts: readonly KommoContact[],
  companies: readonly KommoCompany[],
): { leads: KommoLead[]; ghosts: GhostLead[] } {
  const times = creationTimes(rng, SEED_COUNTS.leadSlots, KOMMO_EPOCH, KOMMO_NOW - 12 * 3_600);
  const slots = times.map((_, index) => index);
  const deleted = new Set(rng.sample(slots, SEED_COUNTS.deletedLeads));
  const leads: KommoLead[] = [];
  const ghosts: GhostLead[] = [];
  for (const index of slots) {
    const id = ID_BASES.lead + index;
    const createdAt = times[index] ?? KOMMO_EPOCH;
    const partners = rng.chance(0.22);
    const pipelineId = partners ? PIPELINE_IDS.partners : PIPELINE_IDS.sales;
    const statusId = rng.weighted(partners ? PARTNER_STATUSES : SALES_STATUSES);
    const responsible = partners && rng.chance(0.6) ? USER_IDS.farid : pickUser(rng);
    const product = rng.pick(PRODUCTS);
    if (deleted.has(index)) {
      ghosts.push({
        id,
        name: product,
        created_at: createdAt,
        responsible_user_id: responsible,
        pipeline_id: pipelineId,
        status_id: statusId,
      });
      continue;
    }
    const contactIds = pickContacts(rng, contacts);
    const primary = contacts.find((contact) => contact.id === contactIds[0]);
    const companyId = primary?._embedded.companies[0]?.id ?? (rng.chance(0.15) ? rng.pick(companies).id : undefined);
    const company = companies.find((item) => item.id === companyId);
    const closed = statusId === STATUS_IDS.won || statusId === STATUS_IDS.lost;
    const closedAt = closed ? rng.int(createdAt, KOMMO_NOW) : null;
    const price = partners ? rng.int(0, 40) * 500 : rng.int(2, 1_200) * 50;
    const name =
      company && rng.chance(0.6) ? `${product} for ${company.name}` : rng.chance(0.5) ? product : `Lead #${id}`;
    leads.push({
      id,
      name,
      price,
      responsible_user_id: responsible,
      group_id: groupOf(users, responsible),
      status_id: statusId,
      pipeline_id: pipelineId,
      loss_reason_id: statusId === STATUS_IDS.lost && rng.chance(0.85) ? rng.pick(lossReasons).id : null,
      created_by: pickAuthor(rng, 0.15),
      updated_by: pickAuthor(rng, 0.1),
      created_at: createdAt,
      updated_at: rng.int(closedAt ?? createdAt, KOMMO_NOW),
      closed_at: closedAt,
      closest_task_at: null,
      is_deleted: false,
      custom_fields_values: valuesOrNull(leadFieldValues(rng, fields, price, product)),
      score: rng.chance(0.1) ? rng.int(1, 100) : null,
      account_id: KOMMO_ACCOUNT_ID,
      labor_cost: rng.chance(0.2) ? rng.pick([1_800, 3_600, 7_200]) : null,
      _embedded: {
        tags: rng.chance(0.35) ? tagsFrom(rng, LEAD_TAGS, LEAD_TAG_FIRST_ID, 2, true) : [],
        companies: companyId !== undefined ? [{ id: companyId }] : [],
        contacts: contactIds.map((contactId, position) => ({ id: contactId, is_main: position === 0 })),
      },
    });
  }
  return { leads, ghosts };
}

function pickContacts(rng: Rng, contacts: readonly KommoContact[]): number[] {
  if (!rng.chance(0.85)) return [];
  const primary = rng.pick(contacts);
  if (!rng.chance(0.25)) return [primary.id];
  const companyId = primary._embedded.companies[0]?.id;
  const colleagues = contacts.filter(
    (c) => c.id !== primary.id && companyId !== undefined && c._embedded.companies[0]?.id === companyId,
  );
  const second = colleagues.length > 0 ? rng.pick(colleagues) : rng.pick(contacts);
  return second.id === primary.id ? [primary.id] : [primary.id, second.id];
}

function leadFieldValues(
  rng: Rng,
  fields: readonly KommoCustomField[],
  price: number,
  product: string,
): KommoCustomFieldValues[] {
  const source = findField(fields, CUSTOM_FIELD_IDS.leadSource);
  const budget = findField(fields, CUSTOM_FIELD_IDS.leadBudget);
  const productField = findField(fields, CUSTOM_FIELD_IDS.leadProduct);
  const values: KommoCustomFieldValues[] = [];
  if (rng.chance(0.7)) {
    const option = rng.pick(source.enums ?? []);
    values.push(fieldValues(source, [{ value: option.value, enum_id: option.id }]));
  }
  if (rng.chance(0.45)) values.push(fieldValues(budget, [{ value: String(Math.round((price * 1.2) / 100) * 100) }]));
  if (rng.chance(0.35)) values.push(fieldValues(productField, [{ value: product }]));
  return values;
}
