/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An inclusive range of instants; either end may be omitted. */
export type DateTimeRange = {
  from?: string | null | undefined;
  to?: string | null | undefined;
};

/** Filters of GET /api/v4/events. Rules that Kommo states are checked before any call. */
export type EventFilter = {
  createdAt?: DateTimeRange | null | undefined;
  /** User ids, at most 10. */
  createdBy?: Array<string> | null | undefined;
  /** Means custom_field_{ID}_value_changed; cannot be combined with types. */
  customFieldId?: string | null | undefined;
  /** At most 10, and exactly one entity type. */
  entityIds?: Array<string> | null | undefined;
  entityTypes?: Array<KommoEntityType> | null | undefined;
  ids?: Array<string> | null | undefined;
  types?: Array<EventType> | null | undefined;
  valueAfter?: EventValueFilter | null | undefined;
  valueBefore?: EventValueFilter | null | undefined;
};

/** Documented Kommo event types. */
export type EventType =
  | 'AI_RESULT'
  | 'ATTACHMENT_NOTE_ADDED'
  | 'COMMON_NOTE_ADDED'
  | 'COMMON_NOTE_DELETED'
  | 'COMPANY_ADDED'
  | 'COMPANY_DELETED'
  | 'COMPANY_LINKED'
  | 'COMPANY_RESTORED'
  | 'COMPANY_UNLINKED'
  | 'CONTACT_ADDED'
  | 'CONTACT_DELETED'
  | 'CONTACT_LINKED'
  | 'CONTACT_RESTORED'
  | 'CONTACT_UNLINKED'
  | 'CONVERSATION_ANSWERED'
  | 'CUSTOMER_ADDED'
  | 'CUSTOMER_DELETED'
  | 'CUSTOMER_LINKED'
  | 'CUSTOMER_STATUS_CHANGED'
  | 'CUSTOMER_UNLINKED'
  | 'CUSTOM_FIELD_VALUE_CHANGED'
  | 'DROPBOX_ATTACHMENT'
  | 'ENTITY_DIRECT_MESSAGE'
  | 'ENTITY_LINKED'
  | 'ENTITY_MERGED'
  | 'ENTITY_RESPONSIBLE_CHANGED'
  | 'ENTITY_TAG_ADDED'
  | 'ENTITY_TAG_DELETED'
  | 'ENTITY_UNLINKED'
  | 'GEO_NOTE_ADDED'
  | 'INCOMING_CALL'
  | 'INCOMING_CHAT_MESSAGE'
  | 'INCOMING_MAIL'
  | 'INCOMING_SMS'
  | 'INTENT_IDENTIFIED'
  | 'KEY_ACTION_COMPLETED'
  | 'LEAD_ADDED'
  | 'LEAD_DELETED'
  | 'LEAD_LINKED'
  | 'LEAD_RESTORED'
  | 'LEAD_STATUS_CHANGED'
  | 'LEAD_UNLINKED'
  | 'LINK_FOLLOWED'
  | 'LTV_FIELD_CHANGED'
  | 'MESSAGE_TO_CASHIER_NOTE_ADDED'
  | 'META_CHAT_SUBSCRIPTION_ADDED'
  | 'META_CHAT_SUBSCRIPTION_REMOVED'
  | 'NAME_FIELD_CHANGED'
  | 'NPS_RATE_ADDED'
  | 'OUTGOING_CALL'
  | 'OUTGOING_CHAT_MESSAGE'
  | 'OUTGOING_MAIL'
  | 'OUTGOING_SMS'
  | 'PAGE_MENTION'
  | 'PICTURE_CLOSED'
  | 'PICTURE_OPENED'
  | 'ROBOT_REPLIED'
  | 'SALE_FIELD_CHANGED'
  | 'SERVICE_NOTE_ADDED'
  | 'SITE_VISIT_NOTE_ADDED'
  | 'TALK_CLOSED'
  | 'TALK_CREATED'
  | 'TALK_MISSED_EVENT'
  | 'TARGETING_IN_NOTE_ADDED'
  | 'TARGETING_OUT_NOTE_ADDED'
  | 'TASK_ADDED'
  | 'TASK_COMPLETED'
  | 'TASK_DEADLINE_CHANGED'
  | 'TASK_DELETED'
  | 'TASK_RESULT_ADDED'
  | 'TASK_TEXT_CHANGED'
  | 'TASK_TYPE_CHANGED'
  | 'TRANSACTION_ADDED'
  | 'VIDEO_CLOSED'
  | 'VIDEO_OPENED'
  | 'ZOOM_CONFERENCE';

/** Filters on value_before / value_after; each applies only to some event types. */
export type EventValueFilter = {
  /** Enum ids; only with customFieldId. */
  customFieldEnumIds?: Array<string> | null | undefined;
  /** Only with types: [LEAD_STATUS_CHANGED]. */
  leadStatuses?: Array<LeadStatusInput> | null | undefined;
  /** Only with types: [ENTITY_RESPONSIBLE_CHANGED]. */
  responsibleUserIds?: Array<string> | null | undefined;
  /** Exact value; only with NPS_RATE_ADDED, SALE_FIELD_CHANGED, NAME_FIELD_CHANGED, LTV_FIELD_CHANGED, CUSTOM_FIELD_VALUE_CHANGED. */
  value?: string | null | undefined;
};

/** The kinds of Kommo records that events and links refer to. */
export type KommoEntityType =
  | 'COMPANY'
  | 'CONTACT'
  | 'CUSTOMER'
  | 'LEAD'
  | 'TASK';

/** A status within a pipeline. */
export type LeadStatusInput = {
  pipelineId: string;
  statusId: string;
};

export type EventDetailsQueryVariables = Exact<{
  id: string;
}>;


export type EventDetailsQuery = { event:
    | { __typename: 'ChatMessageEvent', messageId: string | null, talkId: string | null, id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
    | { __typename: 'CustomFieldValueChangedEvent', fieldId: string | null, id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, field: { id: string, name: string, type: string } | null, valuesBefore: Array<{ fieldType: number | null, enumId: string | null, text: string | null }>, valuesAfter: Array<{ fieldType: number | null, enumId: string | null, text: string | null }>, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
    | { __typename: 'GenericEvent', id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
    | { __typename: 'HelpbotEvent', helpbotId: string | null, id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
    | { __typename: 'LeadStatusChangedEvent', id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, statusBefore: { id: string, name: string } | null, statusAfter: { id: string, name: string } | null, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
    | { __typename: 'LinkEvent', id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, linked: Array<{ entityType: KommoEntityType, entityId: string }>, unlinked: Array<{ entityType: KommoEntityType, entityId: string }>, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
    | { __typename: 'NameChangedEvent', nameBefore: string | null, nameAfter: string | null, id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
    | { __typename: 'NoteEvent', noteId: string | null, id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, note: { id: string, noteType: string, text: string | null } | null, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
    | { __typename: 'NpsRatedEvent', rate: number | null, id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
    | { __typename: 'PlainEvent', id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
    | { __typename: 'ResponsibleChangedEvent', id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, responsibleBefore: { id: string, name: string } | null, responsibleAfter: { id: string, name: string } | null, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
    | { __typename: 'SaleChangedEvent', saleBefore: number | null, saleAfter: number | null, id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
    | { __typename: 'TagsChangedEvent', tagsBefore: Array<string>, tagsAfter: Array<string>, id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
    | { __typename: 'TaskDeadlineChangedEvent', deadlineBefore: string | null, deadlineAfter: string | null, id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
    | { __typename: 'TaskTextChangedEvent', textBefore: string | null, textAfter: string | null, id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
    | { __typename: 'TaskTypeChangedEvent', id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, taskTypeBefore: { id: string, name: string, code: string | null } | null, taskTypeAfter: { id: string, name: string, code: string | null } | null, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
    | { __typename: 'TransactionEvent', transactionId: string | null, id: string, type: string, entityType: KommoEntityType, entityId: string, createdAt: string, valueBefore: unknown, valueAfter: unknown, createdBy: { id: string, name: string } | null, entity:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Contact', id: string, name: string }
        | { __typename: 'Lead', id: string, name: string }
        | { __typename: 'Task', id: string, text: string }
       | null }
   | null };

export type TimelineQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: EventFilter | null | undefined;
}>;


export type TimelineQuery = { events: { nodes: Array<
      | { __typename: 'ChatMessageEvent', id: string, type: string, createdAt: string, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'CustomFieldValueChangedEvent', id: string, type: string, createdAt: string, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'GenericEvent', id: string, type: string, createdAt: string, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'HelpbotEvent', id: string, type: string, createdAt: string, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'LeadStatusChangedEvent', id: string, type: string, createdAt: string, statusAfter: { id: string, name: string, pipeline: { id: string, name: string } | null } | null, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'LinkEvent', id: string, type: string, createdAt: string, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'NameChangedEvent', id: string, type: string, createdAt: string, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'NoteEvent', id: string, type: string, createdAt: string, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'NpsRatedEvent', id: string, type: string, createdAt: string, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'PlainEvent', id: string, type: string, createdAt: string, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'ResponsibleChangedEvent', id: string, type: string, createdAt: string, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'SaleChangedEvent', id: string, type: string, createdAt: string, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'TagsChangedEvent', id: string, type: string, createdAt: string, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'TaskDeadlineChangedEvent', id: string, type: string, createdAt: string, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'TaskTextChangedEvent', id: string, type: string, createdAt: string, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'TaskTypeChangedEvent', id: string, type: string, createdAt: string, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'TransactionEvent', id: string, type: string, createdAt: string, entity:
          | { __typename: 'Company' }
          | { __typename: 'Contact' }
          | { __typename: 'Lead', id: string, name: string }
          | { __typename: 'Task' }
         | null, createdBy: { id: string, name: string } | null }
    >, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };


export const EventDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"valueBefore"}},{"kind":"Field","name":{"kind":"Name","value":"valueAfter"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoteEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noteId"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noteType"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskTextChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textBefore"}},{"kind":"Field","name":{"kind":"Name","value":"textAfter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskDeadlineChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineBefore"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAfter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskTypeChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskTypeBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskTypeAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadStatusChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResponsibleChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TagsChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"tagsAfter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unlinked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldValueChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldId"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuesBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldType"}},{"kind":"Field","name":{"kind":"Name","value":"enumId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuesAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldType"}},{"kind":"Field","name":{"kind":"Name","value":"enumId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaleChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saleBefore"}},{"kind":"Field","name":{"kind":"Name","value":"saleAfter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NameChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameBefore"}},{"kind":"Field","name":{"kind":"Name","value":"nameAfter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NpsRatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessageEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"talkId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HelpbotEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpbotId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionId"}}]}}]}}]}}]} as unknown as DocumentNode<EventDetailsQuery, EventDetailsQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadStatusChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;