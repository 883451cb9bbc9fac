import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { buildRecordQuery } from '../../kommo/entities/entity-query';
import { KommoEntityType } from '../common/entity-type.enum';
import { CrmRecordResolver } from '../common/kommo-record.resolver';
import { checkSearch } from '../common/list-args.rules';
import { checkRecordFilter } from '../common/record-filter.rules';
import { listPage, recordById } from '../common/record-queries';
import { createRecords, updateRecord } from '../common/record-writes';
import { Company } from '../companies/company.type';
import { Lead } from '../leads/lead.type';
import { ContactConnection } from './contact-connection.type';
import { ContactListArgs } from './contact-filter.input';
import { CreateContactInput, UpdateContactInput } from './contact.input';
import { Contact } from './contact.type';
import { CONTACT_WRITES } from './contact.writes';

/** Everything about `Contact`: its queries and mutations, and its links (each batched across the response). */
@Resolver(() => Contact)
export class ContactResolver extends CrmRecordResolver(Contact, KommoEntityType.CONTACT) {
  @Query(() => ContactConnection, {
    description: 'Contacts (GET /api/v4/contacts); `query` also finds a phone or an e-mail.',
  })
  contacts(@Ctx() ctx: Context, @Args(() => ContactListArgs) args: ContactListArgs): Promise<ContactConnection> {
    return listPage(ctx, ContactConnection, 'contacts', args, (c) => {
      const filter = checkRecordFilter(c, args.filter);
      const query = checkSearch(c, args.query);
      return (request) => buildRecordQuery(filter, { ...request, query });
    });
  }

  @Query(() => Contact, { nullable: true, description: 'A contact by id; null when Kommo does not return it.' })
  contact(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Contact | null> {
    return recordById(ctx, 'contacts', id);
  }

  @Mutation(() => [Contact], {
    description:
      'Creates contacts, in input order. Over 250 go in sequential batches (see createLeads for partial failures).',
  })
  createContacts(
    @Ctx() ctx: Context,
    @Arg('input', () => [CreateContactInput]) input: CreateContactInput[],
  ): Promise<Contact[]> {
    return createRecords(ctx, CONTACT_WRITES, input);
  }

  @Mutation(() => Contact, { description: 'Changes one contact; answers it as Kommo now has it.' })
  updateContact(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateContactInput) input: UpdateContactInput,
  ): Promise<Contact> {
    return updateRecord(ctx, CONTACT_WRITES, input);
  }

  @FieldResolver(() => Company, { nullable: true })
  company(@Root() contact: Contact, @Ctx() ctx: Context): Promise<Company | null> {
    return contact.companyId === null ? Promise.resolve(null) : ctx.loaders.kommo.byId('companies', contact.companyId);
  }

  @FieldResolver(() => [Lead], { nullable: true, description: "Linked leads, in Kommo's order." })
  leads(@Root() contact: Contact, @Ctx() ctx: Context): Promise<Lead[]> {
    return ctx.loaders.kommo.many('leads', contact.leadIds);
  }
}
