import type { WoofedId } from '../../woofed/woofed-id';
import { activityBody, messageBody, noteBody, type MessageChannel } from '../../woofed/woofed.event-bodies';
import type { WoofedEventBody } from '../../woofed/woofed.types';
import { validate } from '../common/input-checks';
import { notBlank, woofedId } from '../common/input-rules';
import type { DealActivityInput } from './deal-activity.input';
import { chatwootInboxId, idempotencyKey } from './deal-input.rules';
import type { DealNoteInput } from './deal-note.input';
import type { ChatwootMessageInput, WhatsappMessageInput } from './message.input';

/**
 * The deal-event mutations' arguments as WoofedCRM writes (`sendDealEvent` sends them). Every rule
 * is checked before anything is sent: a violation is one BAD_USER_INPUT listing every problem, and
 * WoofedCRM is not called. Only `scheduledAt` being in the future is checked later, as the request
 * goes out.
 */

/** One event to write to a deal's timeline. */
export interface DealEventWrite {
  dealId: WoofedId;
  /** Built from validated input only. */
  body: WoofedEventBody;
  /** What the caller sent as content; WoofedCRM does not echo it. */
  content: string | undefined;
  /** An instant that must still be in the future when the request is sent (not on a replay). */
  future?: { at: Date; hint: string } | undefined;
  idempotencyKey?: string | undefined;
}

const SEND_NOW_HINT = 'omit scheduledAt to send the message now';
const LOG_DONE_HINT = 'set done: true to log an activity that already happened';

export function noteWrite(dealId: string, input: DealNoteInput): DealEventWrite {
  return validate((c) => {
    const id = woofedId(c, 'dealId', dealId);
    notBlank(c, 'input.content', input.content);
    if (id === undefined) return undefined;
    const body = noteBody({ content: input.content, title: input.title ?? undefined });
    return { dealId: id, body, content: input.content };
  });
}

export function activityWrite(dealId: string, input: DealActivityInput): DealEventWrite {
  return validate((c) => {
    const id = woofedId(c, 'dealId', dealId);
    notBlank(c, 'input.title', input.title);
    notBlank(c, 'input.content', input.content, 'omit it instead');
    if (id === undefined) return undefined;
    const content = input.content ?? undefined;
    const done = input.done ?? undefined;
    return {
      dealId: id,
      body: activityBody({ title: input.title, content, scheduledAt: input.scheduledAt, done }),
      content,
      future: done === true ? undefined : { at: input.scheduledAt, hint: LOG_DONE_HINT },
    };
  });
}

export function messageWrite(
  dealId: string,
  input: ChatwootMessageInput | WhatsappMessageInput,
  channel: MessageChannel,
): DealEventWrite {
  return validate((c) => {
    const id = woofedId(c, 'dealId', dealId);
    const appId = woofedId(c, 'input.appId', input.appId);
    const inboxId = 'inboxId' in input ? input.inboxId : undefined;
    if (inboxId !== undefined) chatwootInboxId(c, 'input.inboxId', inboxId);
    notBlank(c, 'input.content', input.content);
    idempotencyKey(c, 'input.idempotencyKey', input.idempotencyKey);
    if (id === undefined || appId === undefined) return undefined;
    const scheduledAt = input.scheduledAt ?? undefined;
    const title = input.title ?? undefined;
    return {
      dealId: id,
      body: messageBody({ channel, appId: Number(appId), inboxId, content: input.content, title, scheduledAt }),
      content: input.content,
      future: scheduledAt === undefined ? undefined : { at: scheduledAt, hint: SEND_NOW_HINT },
      idempotencyKey: input.idempotencyKey ?? undefined,
    };
  });
}
