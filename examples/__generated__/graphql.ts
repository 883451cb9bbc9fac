/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new lead. Kommo defaults: the first stage of the main pipeline, the token's user. */
export type CreateLeadInput = {
  closedAt?: string | null | undefined;
  /** An existing company to link. */
  companyId?: string | null | undefined;
  contacts?: Array<LeadContactLinkInput> | null | undefined;
  createdAt?: string | null | undefined;
  /** A user id; "0" records the write as done by a robot. */
  createdBy?: string | null | undefined;
  /** Only the fields named here change. */
  customFieldsValues?: Array<CustomFieldValueInput> | null | undefined;
  /** Meaningful with the closed-lost status (143). */
  lossReasonId?: string | null | undefined;
  /** Must not be blank. */
  name: string;
  /** Without statusId the lead goes to the pipeline's first stage. */
  pipelineId?: string | null | undefined;
  /** Sale value: a whole number ≥ 0 (Kommo stores prices as integers; a Float carries values past 2^31). */
  price?: number | null | undefined;
  responsibleUserId?: string | null | undefined;
  /** Alone: a status of the lead's pipeline (new leads: of the main pipeline). */
  statusId?: string | null | undefined;
  tagsToAdd?: Array<TagRefInput> | null | undefined;
  tagsToDelete?: Array<TagRefInput> | null | undefined;
  updatedAt?: string | null | undefined;
  /** A user id; "0" records the write as done by a robot. */
  updatedBy?: string | null | undefined;
};

/** The values of one custom field, named by fieldId or fieldCode (exactly one). They replace the field's current values; an empty list clears the field. Checked against the field definitions before anything is written. */
export type CustomFieldValueInput = {
  /** E.g. PHONE, EMAIL, POSITION. */
  fieldCode?: string | null | undefined;
  fieldId?: string | null | undefined;
  values: Array<CustomFieldValueItemInput>;
};

/** One value of a custom field. text, number, boolean and date are exclusive and must fit the field type: text for text/textarea/url/streetaddress, number for numeric/price/monetary, boolean for checkbox, date for date/date_time/birthday. select, multiselect and radiobutton take one of enumId, enumCode or text (the option's value). multitext (PHONE, EMAIL) takes text plus an optional enumId or enumCode (e.g. WORK, MOB, PRIV). */
export type CustomFieldValueItemInput = {
  boolean?: boolean | null | undefined;
  date?: string | null | undefined;
  enumCode?: string | null | undefined;
  enumId?: string | null | undefined;
  number?: number | null | undefined;
  text?: string | null | undefined;
};

/** An inclusive range of instants; either end may be omitted. */
export type DateTimeRange = {
  from?: string | null | undefined;
  to?: string | null | undefined;
};

/** The WoofedCRM event kinds in UPPER_CASE. UNKNOWN stands for a kind WoofedCRM added later; see DealEvent.rawKind. */
export type DealEventKind =
  | 'ACTIVITY'
  | 'CHATWOOT_MESSAGE'
  | 'DEAL_LOST'
  | 'DEAL_OPENED'
  | 'DEAL_PRODUCT_ADDED'
  | 'DEAL_PRODUCT_REMOVED'
  | 'DEAL_REOPENED'
  | 'DEAL_STAGE_CHANGE'
  | 'DEAL_WON'
  | 'EVOLUTION_API_MESSAGE'
  | 'NOTE'
  /** A kind this version of Ponte does not know; the event is still served, with rawKind. */
  | 'UNKNOWN';

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

/** An existing contact to link to a new lead. */
export type LeadContactLinkInput = {
  id: string;
  /** At most one contact per lead is the main one; default: the first. */
  isMain?: boolean | null | undefined;
};

/** A status within a pipeline. */
export type LeadStatusInput = {
  pipelineId: string;
  statusId: string;
};

/** A tag by id or by name: exactly one of the two. Adding an unknown name creates the tag. */
export type TagRefInput = {
  /** A tag id of this entity type (Kommo tag ids are per entity type). */
  id?: string | null | undefined;
  name?: string | null | undefined;
};

/** Conditions a WoofedCRM contact must all meet (Ransack `*_i_cont`/`*_cont` upstream); omit the search to list every contact. */
export type WoofedContactSearch = {
  /** Part of the e-mail address, any case. */
  emailContains?: string | null | undefined;
  /** Part of the full name, any case. */
  fullNameContains?: string | null | undefined;
  /** Part of the E.164 phone number, e.g. "99999". */
  phoneContains?: string | null | undefined;
};

export type CreateLeadFromFormMutationVariables = Exact<{
  lead: CreateLeadInput;
}>;


export type CreateLeadFromFormMutation = { createLeads: Array<{ id: string, name: string, price: number | null, createdAt: string, pipeline: { id: string, name: string } | null, status: { id: string, name: string } | null, responsibleUser: { id: string, name: string } | null, tags: Array<{ id: string, name: string }>, customFields: Array<{ fieldId: string, fieldName: string, fieldCode: string | null, fieldType: string, values: Array<{ value: unknown, text: string | null, enumId: string | null, enumCode: string | null }> }>, contacts: Array<{ id: string, name: string, phones: Array<string>, emails: Array<string> }> | null, company: { id: string, name: string } | null }> };

export type DealEventFieldsFragment = { id: string, dealId: string | null, contactId: string, kind: DealEventKind, rawKind: string, title: string, content: string | null, done: boolean, doneAt: string | null, scheduledAt: string | null, sendNow: boolean | null, autoDone: boolean, fromMe: boolean | null, status: string | null, additionalAttributes: unknown, customAttributes: unknown, createdAt: string, updatedAt: string, app: { id: string, type: string } | null };

export type LogCallNoteMutationVariables = Exact<{
  dealId: string;
  content: string;
}>;


export type LogCallNoteMutation = { createDealNote: { id: string, dealId: string | null, contactId: string, kind: DealEventKind, rawKind: string, title: string, content: string | null, done: boolean, doneAt: string | null, scheduledAt: string | null, sendNow: boolean | null, autoDone: boolean, fromMe: boolean | null, status: string | null, additionalAttributes: unknown, customAttributes: unknown, createdAt: string, updatedAt: string, app: { id: string, type: string } | null } };

export type ScheduleWhatsappFollowUpMutationVariables = Exact<{
  dealId: string;
  appId: string;
  content: string;
  at: string;
  idempotencyKey?: string | null | undefined;
}>;


export type ScheduleWhatsappFollowUpMutation = { sendWhatsappMessage: { id: string, dealId: string | null, contactId: string, kind: DealEventKind, rawKind: string, title: string, content: string | null, done: boolean, doneAt: string | null, scheduledAt: string | null, sendNow: boolean | null, autoDone: boolean, fromMe: boolean | null, status: string | null, additionalAttributes: unknown, customAttributes: unknown, createdAt: string, updatedAt: string, deal: { id: string, name: string, contact: { fullName: string, phone: string | null } | null } | null, app: { id: string, type: string } | null } };

export type SendChatwootMessageNowMutationVariables = Exact<{
  dealId: string;
  appId: string;
  inboxId: string;
  content: string;
  idempotencyKey?: string | null | undefined;
}>;


export type SendChatwootMessageNowMutation = { sendChatwootMessage: { id: string, dealId: string | null, contactId: string, kind: DealEventKind, rawKind: string, title: string, content: string | null, done: boolean, doneAt: string | null, scheduledAt: string | null, sendNow: boolean | null, autoDone: boolean, fromMe: boolean | null, status: string | null, additionalAttributes: unknown, customAttributes: unknown, createdAt: string, updatedAt: string, app: { id: string, type: string } | null } };

export type DealTimelineQueryVariables = Exact<{
  id: string;
}>;


export type DealTimelineQuery = { deal: { id: string, name: string, status: string, contact: { id: string, fullName: string } | null, stage: { id: string, name: string } | null, pipeline: { id: string, name: string } | null, events: Array<{ id: string, dealId: string | null, contactId: string, kind: DealEventKind, rawKind: string, title: string, content: string | null, done: boolean, doneAt: string | null, scheduledAt: string | null, sendNow: boolean | null, autoDone: boolean, fromMe: boolean | null, status: string | null, additionalAttributes: unknown, customAttributes: unknown, createdAt: string, updatedAt: string, app: { id: string, type: string } | null }> | null } | null };

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

export type FindDealsByContactQueryVariables = Exact<{
  search?: WoofedContactSearch | null | undefined;
  page?: number | null | undefined;
}>;


export type FindDealsByContactQuery = { woofedContacts: { page: number, pages: number, count: number, nextPage: number | null, contacts: Array<{ id: string, fullName: string, phone: string | null, email: string | null, deals: Array<{ id: string, name: string, status: string }> }> } };

export type LeadPageQueryVariables = Exact<{
  id: string;
  events?: number | null | undefined;
}>;


export type LeadPageQuery = { lead: { id: string, name: string, price: number | null, createdAt: string, updatedAt: string, closedAt: string | null, isDeleted: boolean, tags: Array<{ id: string, name: string, color: string | null }>, status: { id: string, name: string, color: string | null } | null, pipeline: { id: string, name: string } | null, responsibleUser: { id: string, name: string, email: string | null } | null, createdBy: { id: string, name: string } | null, lossReason: { id: string, name: string } | null, customFields: Array<{ fieldId: string, fieldName: string, fieldCode: string | null, fieldType: string, values: Array<{ text: string | null, enumId: string | null, enumCode: string | null }>, field: { id: string, type: string } | null }>, company: { id: string, name: string } | null, contacts: Array<{ id: string, name: string, phones: Array<string>, emails: Array<string> }> | null, tasks: Array<{ id: string, text: string, completeTill: string | null, isCompleted: boolean, result: string | null, taskType: { id: string, name: string } | null, responsibleUser: { id: string, name: string } | null }> | null, events: Array<
      | { __typename: 'ChatMessageEvent', id: string, type: string, createdAt: string, createdBy: { id: string, name: string } | null }
      | { __typename: 'CustomFieldValueChangedEvent', id: string, type: string, createdAt: string, createdBy: { id: string, name: string } | null }
      | { __typename: 'GenericEvent', id: string, type: string, createdAt: string, createdBy: { id: string, name: string } | null }
      | { __typename: 'HelpbotEvent', id: string, type: string, createdAt: string, createdBy: { id: string, name: string } | null }
      | { __typename: 'LeadStatusChangedEvent', id: string, type: string, createdAt: string, statusBefore: { id: string, name: string } | null, statusAfter: { id: string, name: string } | null, createdBy: { id: string, name: string } | null }
      | { __typename: 'LinkEvent', id: string, type: string, createdAt: string, createdBy: { id: string, name: string } | null }
      | { __typename: 'NameChangedEvent', id: string, type: string, createdAt: string, createdBy: { id: string, name: string } | null }
      | { __typename: 'NoteEvent', id: string, type: string, createdAt: string, createdBy: { id: string, name: string } | null }
      | { __typename: 'NpsRatedEvent', id: string, type: string, createdAt: string, createdBy: { id: string, name: string } | null }
      | { __typename: 'PlainEvent', id: string, type: string, createdAt: string, createdBy: { id: string, name: string } | null }
      | { __typename: 'ResponsibleChangedEvent', id: string, type: string, createdAt: string, createdBy: { id: string, name: string } | null }
      | { __typename: 'SaleChangedEvent', id: string, type: string, createdAt: string, createdBy: { id: string, name: string } | null }
      | { __typename: 'TagsChangedEvent', id: string, type: string, createdAt: string, createdBy: { id: string, name: string } | null }
      | { __typename: 'TaskDeadlineChangedEvent', id: string, type: string, createdAt: string, createdBy: { id: string, name: string } | null }
      | { __typename: 'TaskTextChangedEvent', id: string, type: string, createdAt: string, createdBy: { id: string, name: string } | null }
      | { __typename: 'TaskTypeChangedEvent', id: string, type: string, createdAt: string, createdBy: { id: string, name: string } | null }
      | { __typename: 'TransactionEvent', id: string, type: string, createdAt: string, createdBy: { id: string, name: string } | null }
    > | null } | null };

export type PipelineBoardQueryVariables = Exact<{
  pipelineId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PipelineBoardQuery = { pipeline: { id: string, name: string, statuses: Array<{ id: string, name: string, color: string | null, sort: number }> } | null, leads: { nodes: Array<{ id: string, name: string, price: number | null, updatedAt: string, status: { id: string } | null, responsibleUser: { id: string, name: string } | null, company: { id: string, name: string } | null, contacts: Array<{ id: string, name: string, phones: Array<string> }> | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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

export type WatchLeadStatusSubscriptionVariables = Exact<{
  leadId: string;
}>;


export type WatchLeadStatusSubscription = { kommoEvents:
    | { __typename: 'ChatMessageEvent', id: string, entityId: string, createdAt: string }
    | { __typename: 'CustomFieldValueChangedEvent', id: string, entityId: string, createdAt: string }
    | { __typename: 'GenericEvent', id: string, entityId: string, createdAt: string }
    | { __typename: 'HelpbotEvent', id: string, entityId: string, createdAt: string }
    | { __typename: 'LeadStatusChangedEvent', id: string, entityId: string, createdAt: string, statusBefore: { id: string, name: string } | null, statusAfter: { id: string, name: string } | null }
    | { __typename: 'LinkEvent', id: string, entityId: string, createdAt: string }
    | { __typename: 'NameChangedEvent', id: string, entityId: string, createdAt: string }
    | { __typename: 'NoteEvent', id: string, entityId: string, createdAt: string }
    | { __typename: 'NpsRatedEvent', id: string, entityId: string, createdAt: string }
    | { __typename: 'PlainEvent', id: string, entityId: string, createdAt: string }
    | { __typename: 'ResponsibleChangedEvent', id: string, entityId: string, createdAt: string }
    | { __typename: 'SaleChangedEvent', id: string, entityId: string, createdAt: string }
    | { __typename: 'TagsChangedEvent', id: string, entityId: string, createdAt: string }
    | { __typename: 'TaskDeadlineChangedEvent', id: string, entityId: string, createdAt: string }
    | { __typename: 'TaskTextChangedEvent', id: string, entityId: string, createdAt: string }
    | { __typename: 'TaskTypeChangedEvent', id: string, entityId: string, createdAt: string }
    | { __typename: 'TransactionEvent', id: string, entityId: string, createdAt: string }
   };

export const DealEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DealEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dealId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rawKind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendNow"}},{"kind":"Field","name":{"kind":"Name","value":"autoDone"}},{"kind":"Field","name":{"kind":"Name","value":"fromMe"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"additionalAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"customAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DealEventFieldsFragment, unknown>;
export const CreateLeadFromFormDocument = {"__meta__":{"hash":"sha256:794dd62802ed2bab9bc58a5d0dc03203f2eed14bfb2b6a5433a18cb3d7598edc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLeadFromForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lead"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"lead"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldName"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldType"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"enumId"}},{"kind":"Field","name":{"kind":"Name","value":"enumCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateLeadFromFormMutation, CreateLeadFromFormMutationVariables>;
export const LogCallNoteDocument = {"__meta__":{"hash":"sha256:331185cfc2e2ef006829e5158a159a15a4a4bc109633b83b222ff2bfbc8a5214"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogCallNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dealId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDealNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dealId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dealId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"StringValue","value":"Call","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DealEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dealId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rawKind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendNow"}},{"kind":"Field","name":{"kind":"Name","value":"autoDone"}},{"kind":"Field","name":{"kind":"Name","value":"fromMe"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"additionalAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"customAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LogCallNoteMutation, LogCallNoteMutationVariables>;
export const ScheduleWhatsappFollowUpDocument = {"__meta__":{"hash":"sha256:9911b9667e2dfbf68e63d4bd1442cb57930c943d489084da4552019ad0fd63c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleWhatsappFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dealId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendWhatsappMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dealId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dealId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"appId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scheduledAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DealEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dealId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rawKind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendNow"}},{"kind":"Field","name":{"kind":"Name","value":"autoDone"}},{"kind":"Field","name":{"kind":"Name","value":"fromMe"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"additionalAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"customAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ScheduleWhatsappFollowUpMutation, ScheduleWhatsappFollowUpMutationVariables>;
export const SendChatwootMessageNowDocument = {"__meta__":{"hash":"sha256:921f67c9b348fb449f747285cb685cb094c475108b61ba0ce489ef4e5774aa55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendChatwootMessageNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dealId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inboxId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendChatwootMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dealId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dealId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"appId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"inboxId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inboxId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DealEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dealId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rawKind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendNow"}},{"kind":"Field","name":{"kind":"Name","value":"autoDone"}},{"kind":"Field","name":{"kind":"Name","value":"fromMe"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"additionalAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"customAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SendChatwootMessageNowMutation, SendChatwootMessageNowMutationVariables>;
export const DealTimelineDocument = {"__meta__":{"hash":"sha256:5ebf6a505943ce0855fc6f34e176b5ba32ddfdfd07375c86cc303df7b444bb86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DealEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dealId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rawKind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendNow"}},{"kind":"Field","name":{"kind":"Name","value":"autoDone"}},{"kind":"Field","name":{"kind":"Name","value":"fromMe"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"additionalAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"customAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DealTimelineQuery, DealTimelineQueryVariables>;
export const EventDetailsDocument = {"__meta__":{"hash":"sha256:7671afb8cd91e4ee6be5b51d960f5655e0ee4a9a8235cf58c366068870ec44c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"valueBefore"}},{"kind":"Field","name":{"kind":"Name","value":"valueAfter"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoteEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noteId"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noteType"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskTextChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textBefore"}},{"kind":"Field","name":{"kind":"Name","value":"textAfter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskDeadlineChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineBefore"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAfter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskTypeChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskTypeBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskTypeAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadStatusChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResponsibleChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TagsChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"tagsAfter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unlinked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldValueChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldId"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuesBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldType"}},{"kind":"Field","name":{"kind":"Name","value":"enumId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuesAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldType"}},{"kind":"Field","name":{"kind":"Name","value":"enumId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaleChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saleBefore"}},{"kind":"Field","name":{"kind":"Name","value":"saleAfter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NameChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameBefore"}},{"kind":"Field","name":{"kind":"Name","value":"nameAfter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NpsRatedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessageEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"talkId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HelpbotEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpbotId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionId"}}]}}]}}]}}]} as unknown as DocumentNode<EventDetailsQuery, EventDetailsQueryVariables>;
export const FindDealsByContactDocument = {"__meta__":{"hash":"sha256:70260bcb4a1bc66d7fe410afd0a045b058e1f0ac46c90fd9b90c13f701905dcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindDealsByContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WoofedContactSearch"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"woofedContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"nextPage"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindDealsByContactQuery, FindDealsByContactQueryVariables>;
export const LeadPageDocument = {"__meta__":{"hash":"sha256:c1554c65d35c30d04c0e3ce645adf1115accfaaefce3154ff090ae07c59e47d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lossReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldName"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldType"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"enumId"}},{"kind":"Field","name":{"kind":"Name","value":"enumCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"completeTill"}},{"kind":"Field","name":{"kind":"Name","value":"isCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadStatusChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadPageQuery, LeadPageQueryVariables>;
export const PipelineBoardDocument = {"__meta__":{"hash":"sha256:bbe2191726b08787d41b8ed6d4fdfc4f3a1c99e99685ead42727cd6ab69d4e8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"sort"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pipelineIds"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineBoardQuery, PipelineBoardQueryVariables>;
export const TimelineDocument = {"__meta__":{"hash":"sha256:95e8abcc068fabce5af01378f330eb298930066dab1242480b40c34f7cacdd97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadStatusChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const WatchLeadStatusDocument = {"__meta__":{"hash":"sha256:62a38deeb5afdedfa836992d8412331272b91be909a9d2762db26551c5814f2d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WatchLeadStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kommoEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"LEAD_STATUS_CHANGED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"entityTypes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"LEAD"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"entityIds"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadStatusChangedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WatchLeadStatusSubscription, WatchLeadStatusSubscriptionVariables>;