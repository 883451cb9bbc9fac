import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Company } from '../companies/company.type';
import { Lead } from '../leads/lead.type';
import { Contact } from './contact.type';

/** A contact's company and leads; each batched across every contact of the response. */
@Resolver(() => Contact)
export class ContactLinksResolver {
  @FieldResolver(() => Company, { nullable: true })
  company(@Root() contact: Contact, @Ctx() ctx: Context): Promise<Company | null> {
    return contact.companyId === null ? Promise.resolve(null) : ctx.loaders.kommo.byId('companies', contact.companyId);
  }

  @FieldResolver(() => [Lead], { description: "Linked leads, in Kommo's order." })
  leads(@Root() contact: Contact, @Ctx() ctx: Context): Promise<Lead[]> {
    return ctx.loaders.kommo.many('leads', contact.leadIds);
  }
}
