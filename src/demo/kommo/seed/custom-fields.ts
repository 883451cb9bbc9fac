import { CUSTOM_FIELD_IDS, KOMMO_ACCOUNT_ID } from '../constants';
import type { KommoCustomField, KommoEntityKind, KommoEnum } from '../records';

/** Custom field definitions (fixed for every seed) and the numeric type codes events use. */

/** Numeric field-type codes inside `custom_field_value` event payloads (reference §4.11). */
export const FIELD_TYPE_CODES: Readonly<Record<string, number>> = {
  text: 1,
  numeric: 2,
  checkbox: 3,
  select: 4,
  multiselect: 5,
  date: 6,
  url: 7,
  multitext: 8,
  textarea: 9,
};

export const ENUM_IDS = {
  source: { website: 990_001, referral: 990_002, coldCall: 990_003, tradeShow: 990_004, instagram: 990_005 },
  contactPhone: { WORK: 990_101, WORKDD: 990_102, MOB: 990_103, FAX: 990_104, HOME: 990_105, OTHER: 990_106 },
  contactEmail: { WORK: 990_111, PRIV: 990_112, OTHER: 990_113 },
  companyPhone: { WORK: 990_201, WORKDD: 990_202, MOB: 990_203, FAX: 990_204, HOME: 990_205, OTHER: 990_206 },
} as const;

function enums(values: Readonly<Record<string, number>>, labels?: readonly string[]): KommoEnum[] {
  return Object.entries(values).map(([code, id], index) => ({
    id,
    value: labels?.[index] ?? code,
    sort: (index + 1) * 2,
  }));
}

function field(
  entityType: KommoEntityKind,
  id: number,
  name: string,
  type: string,
  sort: number,
  extra: { code?: string; enums?: KommoEnum[]; predefined?: boolean } = {},
): KommoCustomField {
  return {
    id,
    name,
    type,
    account_id: KOMMO_ACCOUNT_ID,
    code: extra.code ?? null,
    sort,
    is_api_only: false,
    enums: extra.enums ?? null,
    group_id: null,
    required_statuses: [],
    is_deletable: !extra.predefined,
    is_predefined: extra.predefined ?? false,
    entity_type: entityType,
    remind: null,
    triggers: [],
    hidden_statuses: [],
  };
}

export function createCustomFields(): Record<KommoEntityKind, KommoCustomField[]> {
  const sourceLabels = ['Website', 'Referral', 'Cold call', 'Trade show', 'Instagram'];
  return {
    leads: [
      field('leads', CUSTOM_FIELD_IDS.leadSource, 'Source', 'select', 510, {
        enums: enums(ENUM_IDS.source, sourceLabels),
      }),
      field('leads', CUSTOM_FIELD_IDS.leadBudget, 'Budget', 'numeric', 511),
      field('leads', CUSTOM_FIELD_IDS.leadProduct, 'Product', 'text', 512),
    ],
    contacts: [
      field('contacts', CUSTOM_FIELD_IDS.contactPhone, 'Phone', 'multitext', 4, {
        code: 'PHONE',
        enums: enums(ENUM_IDS.contactPhone),
        predefined: true,
      }),
      field('contacts', CUSTOM_FIELD_IDS.contactEmail, 'Email', 'multitext', 6, {
        code: 'EMAIL',
        enums: enums(ENUM_IDS.contactEmail),
        predefined: true,
      }),
      field('contacts', CUSTOM_FIELD_IDS.contactPosition, 'Position', 'text', 2, {
        code: 'POSITION',
        predefined: true,
      }),
    ],
    companies: [
      field('companies', CUSTOM_FIELD_IDS.companyPhone, 'Phone', 'multitext', 4, {
        code: 'PHONE',
        enums: enums(ENUM_IDS.companyPhone),
        predefined: true,
      }),
      field('companies', CUSTOM_FIELD_IDS.companyWeb, 'Web', 'url', 8, { code: 'WEB', predefined: true }),
    ],
  };
}
