import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { activityBody, messageBody, noteBody, type MessageChannel } from '../../woofed/woofed.event-bodies';
import { idempotencyKeyOf, optionalText, requireInboxId, requireText, requireWoofedId } from './deal-input.rules';
import { DealActivityInput } from './deal-activity.input';
import { DealEvent } from './deal-event.type';
import { DealNoteInput } from './deal-note.input';
import { ChatwootMessageInput, WhatsappMessageInput } from './message.input';
import { writeDealEvent } from './write-deal-event';

const SEND_NOW_HINT = 'omit scheduledAt to send the message now';
const LOG_DONE_HINT = 'set done: true to log an activity that already happened';

/**
 * Writes to a WoofedCRM deal timeline. Every input is checked before anything is sent: a
 * violation is BAD_USER_INPUT with `extensions.field`, and WoofedCRM is not called.
 */
@Resolver()
export class DealEventMutations {
  @Mutation(() => DealEvent, { description: 'Logs a note on the deal timeline.' })
  createDealNote(
    @Ctx() ctx: Context,
    @Arg('dealId', () => ID) dealId: string,
    @Arg('input', () => DealNoteInput) input: DealNoteInput,
  ): Promise<DealEvent> {
    const id = requireWoofedId(dealId, 'dealId');
    const content = requireText(input.content, 'input.content');
    return writeDealEvent(ctx, { dealId: id, body: noteBody({ content, title: input.title ?? undefined }), content });
  }

  @Mutation(() => DealEvent, {
    description: 'Schedules an activity (a call, a meeting, a follow-up), or logs a done one.',
  })
  createDealActivity(
    @Ctx() ctx: Context,
    @Arg('dealId', () => ID) dealId: string,
    @Arg('input', () => DealActivityInput) input: DealActivityInput,
  ): Promise<DealEvent> {
    const id = requireWoofedId(dealId, 'dealId');
    const title = requireText(input.title, 'input.title');
    const content = optionalText(input.content, 'input.content');
    const done = input.done ?? undefined;
    return writeDealEvent(ctx, {
      dealId: id,
      body: activityBody({ title, content, scheduledAt: input.scheduledAt, done }),
      content,
      future: done === true ? undefined : { at: input.scheduledAt, hint: LOG_DONE_HINT },
    });
  }

  @Mutation(() => DealEvent, {
    description: "Sends a message to the deal's contact through a Chatwoot inbox, now or at scheduledAt.",
  })
  sendChatwootMessage(
    @Ctx() ctx: Context,
    @Arg('dealId', () => ID) dealId: string,
    @Arg('input', () => ChatwootMessageInput) input: ChatwootMessageInput,
  ): Promise<DealEvent> {
    return sendMessage(ctx, dealId, input, 'chatwoot');
  }

  @Mutation(() => DealEvent, {
    description: "Sends a WhatsApp message to the deal's contact through the Evolution API, now or at scheduledAt.",
  })
  sendWhatsappMessage(
    @Ctx() ctx: Context,
    @Arg('dealId', () => ID) dealId: string,
    @Arg('input', () => WhatsappMessageInput) input: WhatsappMessageInput,
  ): Promise<DealEvent> {
    return sendMessage(ctx, dealId, input, 'whatsapp');
  }
}

function sendMessage(
  ctx: Context,
  dealId: string,
  input: ChatwootMessageInput | WhatsappMessageInput,
  channel: MessageChannel,
): Promise<DealEvent> {
  const id = requireWoofedId(dealId, 'dealId');
  const appId = Number(requireWoofedId(input.appId, 'input.appId'));
  const inboxId = 'inboxId' in input ? requireInboxId(input.inboxId, 'input.inboxId') : undefined;
  const content = requireText(input.content, 'input.content');
  const idempotencyKey = idempotencyKeyOf(input.idempotencyKey, 'input.idempotencyKey');
  const scheduledAt = input.scheduledAt ?? undefined;
  return writeDealEvent(ctx, {
    dealId: id,
    body: messageBody({ channel, appId, inboxId, content, title: input.title ?? undefined, scheduledAt }),
    content,
    future: scheduledAt === undefined ? undefined : { at: scheduledAt, hint: SEND_NOW_HINT },
    idempotencyKey,
  });
}
