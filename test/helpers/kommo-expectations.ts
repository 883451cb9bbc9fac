import type { KommoRecord, KommoStore } from '../../src/demo/kommo/store';

/** CONTRACT.md §3.1, restated independently of the gateway's own table. */
const TYPENAMES: Record<string, string> = {};
const table: Array<[string, string[]]> = [
  [
    'PlainEvent',
    [
      'lead_deleted',
      'lead_restored',
      'contact_deleted',
      'contact_restored',
      'company_deleted',
      'company_restored',
      'entity_merged',
      'task_added',
      'task_deleted',
      'task_completed',
    ],
  ],
  [
    'NoteEvent',
    [
      'lead_added',
      'contact_added',
      'company_added',
      'common_note_added',
      'common_note_deleted',
      'attachment_note_added',
      'targeting_in_note_added',
      'targeting_out_note_added',
      'geo_note_added',
      'service_note_added',
      'site_visit_note_added',
      'message_to_cashier_note_added',
      'incoming_call',
      'outgoing_call',
      'incoming_sms',
      'outgoing_sms',
      'link_followed',
      'task_result_added',
    ],
  ],
  ['TaskTextChangedEvent', ['task_text_changed']],
  ['TaskDeadlineChangedEvent', ['task_deadline_changed']],
  ['TaskTypeChangedEvent', ['task_type_changed']],
  ['LeadStatusChangedEvent', ['lead_status_changed']],
  ['ResponsibleChangedEvent', ['entity_responsible_changed']],
  ['TagsChangedEvent', ['entity_tag_added', 'entity_tag_deleted']],
  [
    'LinkEvent',
    [
      'lead_linked',
      'lead_unlinked',
      'contact_linked',
      'contact_unlinked',
      'company_linked',
      'company_unlinked',
      'entity_linked',
      'entity_unlinked',
    ],
  ],
  ['CustomFieldValueChangedEvent', ['custom_field_value_changed']],
  ['SaleChangedEvent', ['sale_field_changed']],
  ['NameChangedEvent', ['name_field_changed']],
  ['NpsRatedEvent', ['nps_rate_added']],
  ['ChatMessageEvent', ['incoming_chat_message', 'outgoing_chat_message']],
  ['HelpbotEvent', ['robot_replied', 'intent_identified']],
  ['TransactionEvent', ['transaction_added']],
];
for (const [typename, keys] of table) for (const key of keys) TYPENAMES[key] = typename;

export function expectedTypename(type: string): string {
  if (/^custom_field_\d+_value_changed$/.test(type)) return 'CustomFieldValueChangedEvent';
  return TYPENAMES[type] ?? 'GenericEvent';
}

/** Events in the order Kommo serves them: created_at desc, then id desc. */
export function eventsNewestFirst(store: KommoStore): KommoRecord[] {
  return [...store.events].sort((a, b) => {
    const byTime = Number(b['created_at']) - Number(a['created_at']);
    return byTime !== 0 ? byTime : String(b['id']) < String(a['id']) ? -1 : 1;
  });
}

export function byId(rows: readonly KommoRecord[], id: unknown): KommoRecord | undefined {
  return rows.find((row) => String(row['id']) === String(id));
}

export function entityRows(store: KommoStore, entityType: unknown): KommoRecord[] | undefined {
  switch (entityType) {
    case 'lead':
      return store.leads;
    case 'contact':
      return store.contacts;
    case 'company':
      return store.companies;
    case 'task':
      return store.tasks;
    default:
      return undefined;
  }
}

export const ENTITY_TYPENAMES: Record<string, string> = {
  lead: 'Lead',
  contact: 'Contact',
  company: 'Company',
  task: 'Task',
};

export function firstPayload(values: unknown, key: string): Record<string, unknown> | undefined {
  if (!Array.isArray(values)) return undefined;
  for (const element of values) {
    const payload = (element as Record<string, unknown> | null)?.[key];
    if (typeof payload === 'object' && payload !== null) return payload as Record<string, unknown>;
  }
  return undefined;
}
