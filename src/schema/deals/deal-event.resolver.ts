import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { activityWrite, messageWrite, noteWrite } from './deal-event.writes';
import { DealActivityInput } from './deal-activity.input';
import { DealEvent } from './deal-event.type';
import { DealNoteInput } from './deal-note.input';
import { ChatwootMessageInput, WhatsappMessageInput } from './message.input';
import { writeDealEvent } from './write-deal-event';

/**
 * Writes to a WoofedCRM deal timeline. Every input is checked before anything is sent: a
 * violation is one BAD_USER_INPUT listing every problem, and WoofedCRM is not called.
 */
@Resolver()
export class DealEventMutations {
  @Mutation(() => DealEvent, { description: 'Logs a note on the deal timeline.' })
  createDealNote(
    @Ctx() ctx: Context,
    @Arg('dealId', () => ID) dealId: string,
    @Arg('input', () => DealNoteInput) input: DealNoteInput,
  ): Promise<DealEvent> {
    return writeDealEvent(ctx, noteWrite(dealId, input));
  }

  @Mutation(() => DealEvent, {
    description: 'Schedules an activity (a call, a meeting, a follow-up), or logs a done one.',
  })
  createDealActivity(
    @Ctx() ctx: Context,
    @Arg('dealId', () => ID) dealId: string,
    @Arg('input', () => DealActivityInput) input: DealActivityInput,
  ): Promise<DealEvent> {
    return writeDealEvent(ctx, activityWrite(dealId, input));
  }

  @Mutation(() => DealEvent, {
    description: "Sends a message to the deal's contact through a Chatwoot inbox, now or at scheduledAt.",
  })
  sendChatwootMessage(
    @Ctx() ctx: Context,
    @Arg('dealId', () => ID) dealId: string,
    @Arg('input', () => ChatwootMessageInput) input: ChatwootMessageInput,
  ): Promise<DealEvent> {
    return writeDealEvent(ctx, messageWrite(dealId, input, 'chatwoot'));
  }

  @Mutation(() => DealEvent, {
    description: "Sends a WhatsApp message to the deal's contact through the Evolution API, now or at scheduledAt.",
  })
  sendWhatsappMessage(
    @Ctx() ctx: Context,
    @Arg('dealId', () => ID) dealId: string,
    @Arg('input', () => WhatsappMessageInput) input: WhatsappMessageInput,
  ): Promise<DealEvent> {
    return writeDealEvent(ctx, messageWrite(dealId, input, 'whatsapp'));
  }
}
