import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { toWoofedId } from '../../woofed/woofed-id';
import { activityWrite, messageWrite, noteWrite } from './deal-event.writes';
import { DealActivityInput } from './deal-activity.input';
import { DealEvent } from './deal-event.type';
import { DealNoteInput } from './deal-note.input';
import { ChatwootMessageInput, WhatsappMessageInput } from './message.input';
import { sendDealEvent } from './deal-event.sender';
import { Deal } from './deal.type';

/**
 * Everything about `DealEvent`: the writes to a WoofedCRM deal timeline (every input is checked
 * before anything is sent: a violation is one BAD_USER_INPUT listing every problem, and WoofedCRM
 * is not called) and the event's deal.
 */
@Resolver(() => DealEvent)
export class DealEventResolver {
  @Mutation(() => DealEvent, { description: 'Logs a note on the deal timeline.' })
  createDealNote(
    @Ctx() ctx: Context,
    @Arg('dealId', () => ID) dealId: string,
    @Arg('input', () => DealNoteInput) input: DealNoteInput,
  ): Promise<DealEvent> {
    return sendDealEvent(ctx, noteWrite(dealId, input));
  }

  @Mutation(() => DealEvent, {
    description: 'Schedules an activity (a call, a meeting, a follow-up), or logs a done one.',
  })
  createDealActivity(
    @Ctx() ctx: Context,
    @Arg('dealId', () => ID) dealId: string,
    @Arg('input', () => DealActivityInput) input: DealActivityInput,
  ): Promise<DealEvent> {
    return sendDealEvent(ctx, activityWrite(dealId, input));
  }

  @Mutation(() => DealEvent, {
    description: "Sends a message to the deal's contact through a Chatwoot inbox, now or at scheduledAt.",
  })
  sendChatwootMessage(
    @Ctx() ctx: Context,
    @Arg('dealId', () => ID) dealId: string,
    @Arg('input', () => ChatwootMessageInput) input: ChatwootMessageInput,
  ): Promise<DealEvent> {
    return sendDealEvent(ctx, messageWrite(dealId, input, 'chatwoot'));
  }

  @Mutation(() => DealEvent, {
    description: "Sends a WhatsApp message to the deal's contact through the Evolution API, now or at scheduledAt.",
  })
  sendWhatsappMessage(
    @Ctx() ctx: Context,
    @Arg('dealId', () => ID) dealId: string,
    @Arg('input', () => WhatsappMessageInput) input: WhatsappMessageInput,
  ): Promise<DealEvent> {
    return sendDealEvent(ctx, messageWrite(dealId, input, 'whatsapp'));
  }

  @FieldResolver(() => Deal, {
    nullable: true,
    description: 'Resolved per request (one GET per distinct deal); null when gone.',
  })
  deal(@Root() event: DealEvent, @Ctx() ctx: Context): Promise<Deal | null> {
    const dealId = event.dealId === null ? undefined : toWoofedId(event.dealId);
    return dealId === undefined ? Promise.resolve(null) : ctx.loaders.woofed.dealById.load(dealId);
  }
}
