import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { UpstreamBadResponseError } from '../../upstream/errors';
import { mapContactPage } from '../../woofed/woofed.contact-mapper';
import { Deal } from '../deals/deal.type';
import { searchConditions } from './woofed-contact-search.rules';
import { WoofedContactSearch } from './woofed-contact-search.input';
import { WoofedContact, WoofedContactPage } from './woofed-contact.type';

/**
 * Finding a WoofedCRM deal: the API lists no deals, only contacts (a search) and each contact's
 * deals (`GET /contacts/{id}`, one call per contact, batched and shared with `Deal.events`).
 */
@Resolver(() => WoofedContact)
export class WoofedContactResolver {
  @Query(() => WoofedContactPage, {
    description:
      'Searches WoofedCRM contacts (ten a page, in id order); each contact lists its deals, the way to find a deal id.',
  })
  async woofedContacts(
    @Ctx() ctx: Context,
    @Arg('search', () => WoofedContactSearch, { nullable: true }) search: WoofedContactSearch | null | undefined,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
  ): Promise<WoofedContactPage> {
    const conditions = searchConditions(search, page);
    const mapped = mapContactPage(await ctx.woofed.searchContacts(conditions, page));
    if (mapped === undefined) throw new UpstreamBadResponseError('woofed', 200, 'not of the documented shape');
    if (mapped.dropped > 0) ctx.logger.warn('dropped WoofedCRM contacts without an id', { dropped: mapped.dropped });
    return mapped.page;
  }

  @FieldResolver(() => [Deal], {
    description: "The contact's deals in id order; each has this contact, but stage and pipeline only through `deal(id)`.",
  })
  async deals(@Root() contact: WoofedContact, @Ctx() ctx: Context): Promise<Deal[]> {
    return (await ctx.loaders.woofed.recordsByContactId.load(contact.woofedId)).deals;
  }
}
