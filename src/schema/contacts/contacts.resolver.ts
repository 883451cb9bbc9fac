import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { buildRecordQuery } from '../../kommo/entities/entity-query';
import { checkRecordFilter } from '../common/record-filter.rules';
import { checkSearch } from '../common/list-args.rules';
import { ContactConnection } from './contact-connection.type';
import { listPage, recordById } from '../common/record-queries';
import { ContactListArgs } from './contact-filter.input';
import { Contact } from './contact.type';

@Resolver()
export class ContactsResolver {
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
}
