import { decodeEvent } from '../../../src/kommo/events/decode-event';
import {
  CustomFieldValueChangedEvent,
  LeadStatusChangedEvent,
  LinkEvent,
  NameChangedEvent,
  ResponsibleChangedEvent,
  SaleChangedEvent,
  TagsChangedEvent,
} from '../../../src/schema/events/change-events.type';
import { EVENT_TYPE_KEYS } from '../../../src/schema/events/event-type.enum';
import type { KommoEvent } from '../../../src/schema/events/kommo-event.interface';
import {
  ChatMessageEvent,
  GenericEvent,
  HelpbotEvent,
  NoteEvent,
  NpsRatedEvent,
  PlainEvent,
  TransactionEvent,
} from '../../../src/schema/events/plain-events.type';
import {
  TaskDeadlineChangedEvent,
  TaskTextChangedEvent,
  TaskTypeChangedEvent,
} from '../../../src/schema/events/task-events.type';

type EventClass = abstract new () => KommoEvent;

/** CONTRACT.md §3.1, keyed by every event key of seed 000 plus the amoCRM extras. */
const EXPECTED_CLASS: ReadonlyArray<readonly [string, EventClass]> = [
  ['lead_added', NoteEvent],
  ['lead_deleted', PlainEvent],
  ['lead_restored', PlainEvent],
  ['lead_status_changed', LeadStatusChangedEvent],
  ['lead_linked', LinkEvent],
  ['lead_unlinked', LinkEvent],
  ['contact_added', NoteEvent],
  ['contact_deleted', PlainEvent],
  ['contact_restored', PlainEvent],
  ['contact_linked', LinkEvent],
  ['contact_unlinked', LinkEvent],
  ['company_added', NoteEvent],
  ['company_deleted', PlainEvent],
  ['company_restored', PlainEvent],
  ['company_linked', LinkEvent],
  ['company_unlinked', LinkEvent],
  ['task_added', PlainEvent],
  ['task_deleted', PlainEvent],
  ['task_completed', PlainEvent],
  ['task_type_changed', TaskTypeChangedEvent],
  ['task_text_changed', TaskTextChangedEvent],
  ['task_deadline_changed', TaskDeadlineChangedEvent],
  ['task_result_added', NoteEvent],
  ['incoming_call', NoteEvent],
  ['outgoing_call', NoteEvent],
  ['incoming_mail', GenericEvent],
  ['outgoing_mail', GenericEvent],
  ['incoming_chat_message', ChatMessageEvent],
  ['outgoing_chat_message', ChatMessageEvent],
  ['entity_direct_message', GenericEvent],
  ['incoming_sms', NoteEvent],
  ['outgoing_sms', NoteEvent],
  ['entity_tag_added', TagsChangedEvent],
  ['entity_tag_deleted', TagsChangedEvent],
  ['entity_linked', LinkEvent],
  ['entity_unlinked', LinkEvent],
  ['sale_field_changed', SaleChangedEvent],
  ['name_field_changed', NameChangedEvent],
  ['ltv_field_changed', GenericEvent],
  ['custom_field_value_changed', CustomFieldValueChangedEvent],
  ['entity_responsible_changed', ResponsibleChangedEvent],
  ['robot_replied', HelpbotEvent],
  ['intent_identified', HelpbotEvent],
  ['nps_rate_added', NpsRatedEvent],
  ['link_followed', NoteEvent],
  ['common_note_added', NoteEvent],
  ['common_note_deleted', NoteEvent],
  ['attachment_note_added', NoteEvent],
  ['targeting_in_note_added', NoteEvent],
  ['targeting_out_note_added', NoteEvent],
  ['geo_note_added', NoteEvent],
  ['service_note_added', NoteEvent],
  ['site_visit_note_added', NoteEvent],
  ['entity_merged', PlainEvent],
  ['video_opened', GenericEvent],
  ['video_closed', GenericEvent],
  ['picture_opened', GenericEvent],
  ['picture_closed', GenericEvent],
  ['zoom_conference', GenericEvent],
  ['key_action_completed', GenericEvent],
  ['ai_result', GenericEvent],
  ['talk_created', GenericEvent],
  ['talk_closed', GenericEvent],
  ['conversation_answered', GenericEvent],
  ['meta_chat_subscription_added', GenericEvent],
  ['meta_chat_subscription_removed', GenericEvent],
  ['talk_missed_event', GenericEvent],
  ['page_mention', GenericEvent],
  ['dropbox_attachment', GenericEvent],
  // Beyond seed 000: amoCRM's extras, the per-field key, and keys Kommo may add later.
  ['message_to_cashier_note_added', NoteEvent],
  ['transaction_added', TransactionEvent],
  ['customer_added', GenericEvent],
  ['customer_deleted', GenericEvent],
  ['customer_status_changed', GenericEvent],
  ['customer_linked', GenericEvent],
  ['customer_unlinked', GenericEvent],
  ['custom_field_777_value_changed', CustomFieldValueChangedEvent],
  ['custom_field_829516_value_changed', CustomFieldValueChangedEvent],
  ['custom_field_abc_value_changed', GenericEvent],
  ['hologram_projected', GenericEvent],
];

const ALL_CLASSES: readonly EventClass[] = [
  PlainEvent,
  NoteEvent,
  TaskTextChangedEvent,
  TaskDeadlineChangedEvent,
  TaskTypeChangedEvent,
  LeadStatusChangedEvent,
  ResponsibleChangedEvent,
  TagsChangedEvent,
  LinkEvent,
  CustomFieldValueChangedEvent,
  SaleChangedEvent,
  NameChangedEvent,
  NpsRatedEvent,
  ChatMessageEvent,
  HelpbotEvent,
  TransactionEvent,
  GenericEvent,
];

function rawEvent(type: string): Record<string, unknown> {
  return {
    id: '01pz58t6p04ymgsgfbmfyfy1mf',
    type,
    entity_id: 6232965,
    entity_type: 'lead',
    created_by: 504329,
    created_at: 1573595900,
    value_after: [],
    value_before: [],
    account_id: 28805383,
  };
}

describe('decodeEvent: the GraphQL type of every event key', () => {
  it('lists every key of the EventType enum exactly once', () => {
    const keys = EXPECTED_CLASS.map(([key]) => key);

    expect(new Set(keys).size).toBe(keys.length);
    expect(EVENT_TYPE_KEYS.filter((key) => !keys.includes(key))).toEqual([]);
  });

  it.each(EXPECTED_CLASS)('%s becomes %p', (type, expected) => {
    const event = decodeEvent(rawEvent(type));

    expect(event).toBeInstanceOf(expected);
    expect(event?.type).toBe(type);
    // Exactly one concrete class: resolveType uses the constructor name.
    expect(ALL_CLASSES.filter((cls) => event instanceof cls)).toEqual([expected]);
    expect(event?.constructor.name).toBe(expected.name);
  });
});
