import { registerEnumType } from 'type-graphql';

/**
 * The documented Kommo event keys (seed 000 plus amoCRM's customer, transaction and cashier
 * types). The per-field `custom_field_{ID}_value_changed` is requested with
 * `EventFilter.customFieldId` instead, because its key carries an id.
 */
export const EVENT_TYPE_KEYS = [
  'lead_added',
  'lead_deleted',
  'lead_restored',
  'lead_status_changed',
  'lead_linked',
  'lead_unlinked',
  'contact_added',
  'contact_deleted',
  'contact_restored',
  'contact_linked',
  'contact_unlinked',
  'company_added',
  'company_deleted',
  'company_restored',
  'company_linked',
  'company_unlinked',
  'customer_added',
  'customer_deleted',
  'customer_status_changed',
  'customer_linked',
  'customer_unlinked',
  'task_added',
  'task_deleted',
  'task_completed',
  'task_type_changed',
  'task_text_changed',
  'task_deadline_changed',
  'task_result_added',
  'incoming_call',
  'outgoing_call',
  'incoming_mail',
  'outgoing_mail',
  'incoming_chat_message',
  'outgoing_chat_message',
  'entity_direct_message',
  'incoming_sms',
  'outgoing_sms',
  'entity_tag_added',
  'entity_tag_deleted',
  'entity_linked',
  'entity_unlinked',
  'sale_field_changed',
  'name_field_changed',
  'ltv_field_changed',
  'custom_field_value_changed',
  'entity_responsible_changed',
  'robot_replied',
  'intent_identified',
  'nps_rate_added',
  'link_followed',
  'transaction_added',
  'common_note_added',
  'common_note_deleted',
  'attachment_note_added',
  'targeting_in_note_added',
  'targeting_out_note_added',
  'geo_note_added',
  'service_note_added',
  'site_visit_note_added',
  'message_to_cashier_note_added',
  'entity_merged',
  'video_opened',
  'video_closed',
  'picture_opened',
  'picture_closed',
  'zoom_conference',
  'key_action_completed',
  'ai_result',
  'talk_created',
  'talk_closed',
  'conversation_answered',
  'meta_chat_subscription_added',
  'meta_chat_subscription_removed',
  'talk_missed_event',
  'page_mention',
  'dropbox_attachment',
] as const;

export type EventTypeKey = (typeof EVENT_TYPE_KEYS)[number];

/** GraphQL enum: LEAD_STATUS_CHANGED → "lead_status_changed" (the value is the Kommo key). */
export const EventType = Object.fromEntries(EVENT_TYPE_KEYS.map((key) => [key.toUpperCase(), key])) as {
  readonly [K in EventTypeKey as Uppercase<K>]: K;
};

registerEnumType(EventType, { name: 'EventType', description: 'Documented Kommo event types.' });
