/**
 * Precise shapes of the seeded records, snake_case exactly as Kommo sends them, minus the `_links`
 * (absolute hrefs depend on the simulator's port and are added when a record is served).
 * These are `type` aliases, not interfaces, so they stay assignable to the loose `KommoRecord`.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type KommoEntityKind = 'leads' | 'contacts' | 'companies';

export type KommoAccount = {
  id: number;
  name: string;
  subdomain: string;
  created_at: number;
  created_by: number;
  updated_at: number;
  updated_by: number;
  current_user_id: number;
  country: string;
  currency: string;
  currency_symbol: string;
  customers_mode: string;
  is_unsorted_on: boolean;
  is_loss_reason_enabled: boolean;
  is_helpbot_enabled: boolean;
  is_technical_account: boolean;
  contact_name_display_order: number;
  mobile_feature_version: number;
};

export type KommoUsersGroup = { id: number; name: string; uuid: string | null };

export type KommoEntityRights = { view: string; edit: string; add: string; delete: string; export: string };

export type KommoUser = {
  id: number;
  name: string;
  email: string;
  lang: string;
  rights: {
    leads: KommoEntityRights;
    contacts: KommoEntityRights;
    companies: KommoEntityRights;
    tasks: { edit: string; delete: string };
    mail_access: boolean;
    catalog_access: boolean;
    status_rights: Array<{
      entity_type: string;
      pipeline_id: number;
      status_id: number;
      rights: { view: string; edit: string; delete: string };
    }>;
    is_admin: boolean;
    is_free: boolean;
    is_active: boolean;
    group_id: number | null;
    role_id: number | null;
  };
};

export type KommoStatus = {
  id: number;
  name: string;
  sort: number;
  is_editable: boolean;
  pipeline_id: number;
  color: string;
  type: number;
  account_id: number;
};

export type KommoPipeline = {
  id: number;
  name: string;
  sort: number;
  is_main: boolean;
  is_unsorted_on: boolean;
  is_archive: boolean;
  account_id: number;
  _embedded: { statuses: KommoStatus[] };
};

export type KommoTaskType = {
  id: number;
  name: string;
  color: string | null;
  icon_id: number | null;
  code: string | null;
};

export type KommoLossReason = { id: number; name: string; sort: number; created_at: number; updated_at: number };

export type KommoEnum = { id: number; value: string; sort: number };

export type KommoCustomField = {
  id: number;
  name: string;
  type: string;
  account_id: number;
  code: string | null;
  sort: number;
  is_api_only: boolean;
  enums: KommoEnum[] | null;
  group_id: string | null;
  required_statuses: Array<{ status_id: number; pipeline_id: number }>;
  is_deletable: boolean;
  is_predefined: boolean;
  entity_type: KommoEntityKind;
  remind: string | null;
  triggers: JsonValue[];
  hidden_statuses: JsonValue[];
};

export type KommoFieldValue = { value: string | number | boolean; enum_id?: number; enum_code?: string };

export type KommoCustomFieldValues = {
  field_id: number;
  field_name: string;
  field_code: string | null;
  field_type: string;
  values: KommoFieldValue[];
};

export type KommoTag = { id: number; name: string; color: string | null };
export type KommoIdRef = { id: number };

export type KommoLead = {
  id: number;
  name: string;
  price: number;
  responsible_user_id: number;
  group_id: number;
  status_id: number;
  pipeline_id: number;
  loss_reason_id: number | null;
  created_by: number;
  updated_by: number;
  created_at: number;
  updated_at: number;
  closed_at: number | null;
  closest_task_at: number | null;
  is_deleted: boolean;
  custom_fields_values: KommoCustomFieldValues[] | null;
  score: number | null;
  account_id: number;
  labor_cost: number | null;
  /** `contacts` is stored here but served only with `with=contacts`. */
  _embedded: { tags: KommoTag[]; companies: KommoIdRef[]; contacts: Array<{ id: number; is_main: boolean }> };
};

export type KommoContact = {
  id: number;
  name: string;
  first_name: string;
  last_name: string;
  responsible_user_id: number;
  group_id: number;
  created_by: number;
  updated_by: number;
  created_at: number;
  updated_at: number;
  closest_task_at: number | null;
  is_deleted: boolean;
  is_unsorted: boolean;
  custom_fields_values: KommoCustomFieldValues[] | null;
  account_id: number;
  /** `leads` is stored here but served only with `with=leads`. */
  _embedded: { tags: KommoTag[]; companies: KommoIdRef[]; leads: KommoIdRef[] };
};

export type KommoCompany = {
  id: number;
  name: string;
  responsible_user_id: number;
  group_id: number;
  created_by: number;
  updated_by: number;
  created_at: number;
  updated_at: number;
  closest_task_at: number | null;
  is_deleted: boolean;
  custom_fields_values: KommoCustomFieldValues[] | null;
  account_id: number;
  /** `leads` and `contacts` are stored here but served only with `with=leads` / `with=contacts`. */
  _embedded: { tags: KommoTag[]; leads: KommoIdRef[]; contacts: KommoIdRef[] };
};

export type KommoTask = {
  id: number;
  created_by: number;
  updated_by: number;
  created_at: number;
  updated_at: number;
  responsible_user_id: number;
  group_id: number;
  entity_id: number | null;
  /** Plural, as the tasks endpoint spells it. */
  entity_type: KommoEntityKind | null;
  is_completed: boolean;
  task_type_id: number;
  text: string;
  duration: number;
  complete_till: number;
  result: [] | { text: string };
  account_id: number;
};

export type KommoNote = {
  id: number;
  entity_id: number;
  created_by: number;
  updated_by: number;
  created_at: number;
  updated_at: number;
  responsible_user_id: number;
  group_id: number;
  note_type: string;
  params: JsonObject;
  account_id: number;
};

export type KommoEventValue = JsonObject;

export type KommoEvent = {
  id: string;
  type: string;
  entity_id: number;
  /** Singular: lead, contact, company, task, customer. */
  entity_type: string;
  created_by: number;
  created_at: number;
  value_after: KommoEventValue[];
  value_before: KommoEventValue[];
  account_id: number;
};
