/**
 * What happens to a message event after it is saved, and what the background delivery jobs
 * later do with it (Chatwoot / Evolution API). Nothing is validated at creation time upstream:
 * a wrong app or a missing body only shows up here, as a job that fails silently.
 */
import type { WoofedEvent, WoofedEventKind, WoofedStore } from './types';
import { MESSAGE_KINDS } from './types';
import { asScalarText } from '../../lib/decode';
import { byId, findApp } from './store';

export function isMessageKind(kind: WoofedEventKind): boolean {
  return (MESSAGE_KINDS as readonly string[]).includes(kind);
}

/**
 * Event's after_commit for a new event: send-now (message kinds are stamped and enqueued,
 * other kinds are marked done) or a delayed job when `auto_done` + `scheduled_at` + not done.
 * Returns the `send_now` value the response echoes (null once send-now has been processed).
 */
export function afterCreateCommit(event: WoofedEvent, sendNow: boolean | null, now: Date): boolean | null {
  const message = isMessageKind(event.kind);
  if (sendNow === true) {
    if (message) {
      event.scheduled_at = now;
      event.auto_done = false;
      event.updated_at = now;
      event.delivery = { state: 'enqueued', runAt: now };
    } else {
      if (event.done_at === null) {
        event.done_at = now;
        event.updated_at = now;
      }
      event.delivery = { state: 'none' };
    }
    return null;
  }
  if (!message) {
    event.delivery = { state: 'none' };
  } else if (event.auto_done === true && event.scheduled_at !== null && event.done_at === null) {
    event.delivery = { state: 'scheduled', runAt: event.scheduled_at };
  } else {
    event.delivery = { state: 'never', reason: notEnqueuedReason(event) };
  }
  return sendNow;
}

function notEnqueuedReason(event: WoofedEvent): string {
  if (event.done_at !== null) return 'created already done: no delivery job is enqueued';
  if (event.auto_done !== true) return 'auto_done is not true and send_now was not set: no delivery job is enqueued';
  return 'auto_done without scheduled_at: no delivery job is enqueued';
}

/** Runs every enqueued or scheduled delivery job whose time has come. */
export function runDueJobs(store: WoofedStore, at: Date): void {
  for (const event of store.events) {
    const { state, runAt } = event.delivery;
    if ((state === 'enqueued' || state === 'scheduled') && runAt !== undefined && runAt.getTime() <= at.getTime()) {
      runJob(store, event, at);
    }
  }
}

function runJob(store: WoofedStore, event: WoofedEvent, at: Date): void {
  const problem = deliveryProblem(store, event);
  if (problem !== undefined) {
    event.delivery = { state: 'never', reason: problem };
    return;
  }
  const counters = store.counters;
  if (event.kind === 'chatwoot_message') {
    const key = `${event.contact_id}:${String(event.additional_attributes['chatwoot_inbox_id'])}`;
    let conversationId = counters.chatwootConversations[key];
    if (conversationId === undefined) {
      conversationId = counters.chatwootConversationId++;
      counters.chatwootConversations[key] = conversationId;
    }
    event.additional_attributes = {
      ...event.additional_attributes,
      chatwoot_id: counters.chatwootMessageId++,
      chatwoot_conversation_id: conversationId,
    };
  } else {
    const messageId = `3EB0${(counters.evolutionMessageId++).toString(16).toUpperCase().padStart(16, '0')}`;
    event.additional_attributes = { ...event.additional_attributes, message_id: messageId };
  }
  event.done_at = at;
  event.updated_at = at;
  event.delivery = { state: 'delivered' };
}

const APP_FOR_KIND: Partial<Record<WoofedEventKind, string>> = {
  chatwoot_message: 'Apps::Chatwoot',
  evolution_api_message: 'Apps::EvolutionApi',
};

/** Why the real job would not deliver this message right now; undefined when it would. */
export function deliveryProblem(store: WoofedStore, event: WoofedEvent): string | undefined {
  const expectedType = APP_FOR_KIND[event.kind];
  if (expectedType === undefined) return `${event.kind} is not a message kind`;
  if (event.done_at !== null) return 'already done when the delivery job ran: the job skips it';
  if (event.app_type === null || event.app_id === null) return 'no app (app_type/app_id missing): the job fails';
  if (event.app_type !== expectedType) {
    return `a ${event.kind} needs app_type "${expectedType}", got "${event.app_type}": the job fails`;
  }
  const app = findApp(store, event.app_type, event.app_id);
  if (app === undefined) return `no ${event.app_type} with id ${event.app_id}: the job fails`;
  if (event.content === null || event.content.trim() === '') return 'content is blank: the job fails';
  const contact = byId(store.contacts, event.contact_id);
  if (contact === undefined) return 'contact not found: the job fails';
  if (app.type === 'Apps::Chatwoot') {
    const inbox = event.additional_attributes['chatwoot_inbox_id'];
    if (inbox === undefined || inbox === null || inbox === '') {
      return 'additional_attributes.chatwoot_inbox_id is missing: the job fails';
    }
    if (!app.inboxes.some((known) => String(known.id) === asScalarText(inbox))) {
      return `inbox ${asScalarText(inbox) ?? JSON.stringify(inbox)} does not belong to Apps::Chatwoot ${app.id}: the job fails`;
    }
    return undefined;
  }
  if (app.connection_status !== 'active') {
    return `Evolution API instance is not connected (connection_status "${app.connection_status}"): the job fails`;
  }
  if (contact.phone === '' && !contact.additional_attributes['group_id']) return 'contact has no phone: the job fails';
  return undefined;
}
