import {
  CustomFieldValueChangedEvent,
  LeadStatusChangedEvent,
  LinkEvent,
  NameChangedEvent,
  ResponsibleChangedEvent,
  SaleChangedEvent,
  TagsChangedEvent,
} from '../../schema/events/change-events.type';
import type { KommoEvent } from '../../schema/events/kommo-event.interface';
import {
  ChatMessageEvent,
  GenericEvent,
  HelpbotEvent,
  NoteEvent,
  NpsRatedEvent,
  PlainEvent,
  TransactionEvent,
} from '../../schema/events/plain-events.type';
import {
  TaskDeadlineChangedEvent,
  TaskTextChangedEvent,
  TaskTypeChangedEvent,
} from '../../schema/events/task-events.type';

type EventClass = new () => KommoEvent;

/** CONTRACT.md §3.1: which concrete GraphQL type each Kommo event key becomes. */
const TABLE: ReadonlyArray<readonly [EventClass, readonly string[]]> = [
  [
    PlainEvent,
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
    NoteEvent,
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
  [TaskTextChangedEvent, ['task_text_changed']],
  [TaskDeadlineChangedEvent, ['task_deadline_changed']],
  [TaskTypeChangedEvent, ['task_type_changed']],
  [LeadStatusChangedEvent, ['lead_status_changed']],
  [ResponsibleChangedEvent, ['entity_responsible_changed']],
  [TagsChangedEvent, ['entity_tag_added', 'entity_tag_deleted']],
  [
    LinkEvent,
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
  [CustomFieldValueChangedEvent, ['custom_field_value_changed']],
  [SaleChangedEvent, ['sale_field_changed']],
  [NameChangedEvent, ['name_field_changed']],
  [NpsRatedEvent, ['nps_rate_added']],
  [ChatMessageEvent, ['incoming_chat_message', 'outgoing_chat_message']],
  [HelpbotEvent, ['robot_replied', 'intent_identified']],
  [TransactionEvent, ['transaction_added']],
];

/** Every concrete type an event can become; the schema lists them, as they are reachable only through the interface. */
export const EVENT_CLASSES: readonly EventClass[] = [...TABLE.map(([cls]) => cls), GenericEvent];

const BY_KEY = new Map<string, EventClass>(TABLE.flatMap(([cls, keys]) => keys.map((key) => [key, cls] as const)));

/** `custom_field_777_value_changed` → "777". */
export function perFieldCustomFieldId(type: string): string | undefined {
  return /^custom_field_(\d+)_value_changed$/.exec(type)?.[1];
}

export function eventClassFor(type: string): EventClass {
  if (perFieldCustomFieldId(type) !== undefined) return CustomFieldValueChangedEvent;
  return BY_KEY.get(type) ?? GenericEvent;
}
