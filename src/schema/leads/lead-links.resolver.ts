import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { KOMMO_EVENTS_LIMIT } from '../../kommo/kommo.client';
import { Company } from '../companies/company.type';
import { Contact } from '../contacts/contact.type';
import { checkPageSize } from '../common/cursor';
import { validate } from '../common/input-checks';
import { KommoEvent } from '../events/kommo-event.interface';
import { LossReason } from './loss-reason.type';
import { Lead } from './lead.type';

/** A lead's linked records, loss reason and history; each batched across every lead of the response. */
@Resolver(() => Lead)
export class LeadLinksResolver {
  @FieldResolver(() => [Contact], { description: "Linked contacts, in Kommo's order." })
  contacts(@Root() lead: Lead, @Ctx() ctx: Context): Promise<Contact[]> {
    return ctx.loaders.kommo.many('contacts', lead.contactIds);
  }

  @FieldResolver(() => Company, { nullable: true })
  company(@Root() lead: Lead, @Ctx() ctx: Context): Promise<Company | null> {
    return lead.companyId === null ? Promise.resolve(null) : ctx.loaders.kommo.byId('companies', lead.companyId);
  }

  @FieldResolver(() => LossReason, { nullable: true, description: 'Why the lead was lost; null unless Kommo has one.' })
  lossReason(@Root() lead: Lead, @Ctx() ctx: Context): Promise<LossReason | null> {
    if (lead.lossReasonId === null) return Promise.resolve(null);
    const id = String(lead.lossReasonId);
    // Reads ask for with=loss_reason; a record from elsewhere (a write) falls back to the account's list.
    if (lead.embeddedLossReason?.id === id) return Promise.resolve(lead.embeddedLossReason);
    return ctx.loaders.kommo.lossReasonById(id);
  }

  @FieldResolver(() => [KommoEvent], {
    description: 'The newest events of this lead, newest first: all of them up to `first` (1 to 100).',
  })
  events(
    @Root() lead: Lead,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) requested?: number | null,
  ): Promise<KommoEvent[]> {
    const first = requested ?? 10;
    validate((c) => checkPageSize(c, first, KOMMO_EVENTS_LIMIT));
    return ctx.loaders.kommo.leadEvents(lead.id, first);
  }
}
