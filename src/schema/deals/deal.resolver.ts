import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { toWoofedId } from '../../woofed/woofed-id';
import { DealEvent } from './deal-event.type';
import { Deal } from './deal.type';

@Resolver(() => Deal)
export class DealResolver {
  @Query(() => Deal, {
    nullable: true,
    description:
      'A WoofedCRM deal with its contact, stage and pipeline; null when unknown (or when the id is not a WoofedCRM id).',
  })
  deal(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Deal | null> {
    const dealId = toWoofedId(id);
    return dealId === undefined ? Promise.resolve(null) : ctx.loaders.woofed.dealById.load(dealId);
  }

  @FieldResolver(() => [DealEvent], {
    nullable: true,
    description:
      "The deal's timeline, newest first. Read from the contact's events (WoofedCRM has no event list), so content is null.",
  })
  async events(@Root() deal: Deal, @Ctx() ctx: Context): Promise<DealEvent[]> {
    if (deal.contactId === null) return [];
    const { events } = await ctx.loaders.woofed.recordsByContactId.load(deal.contactId);
    return events.filter((event) => event.dealId === deal.id).sort(newestFirst);
  }
}

function newestFirst(a: DealEvent, b: DealEvent): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || Number(b.id) - Number(a.id);
}
