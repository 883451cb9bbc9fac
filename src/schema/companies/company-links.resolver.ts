import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Contact } from '../contacts/contact.type';
import { Lead } from '../leads/lead.type';
import { Company } from './company.type';

/** A company's contacts and leads; each batched across every company of the response. */
@Resolver(() => Company)
export class CompanyLinksResolver {
  @FieldResolver(() => [Contact], { description: "Linked contacts, in Kommo's order." })
  contacts(@Root() company: Company, @Ctx() ctx: Context): Promise<Contact[]> {
    return ctx.loaders.kommo.many('contacts', company.contactIds);
  }

  @FieldResolver(() => [Lead], { description: "Linked leads, in Kommo's order." })
  leads(@Root() company: Company, @Ctx() ctx: Context): Promise<Lead[]> {
    return ctx.loaders.kommo.many('leads', company.leadIds);
  }
}
