import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { contactRow } from '../../kommo/writes/entity-rows';
import { KommoEntityType } from '../common/entity-type.enum';
import { given, notBlank } from '../common/input-rules';
import { checkRecord } from '../common/record-write.rules';
import { createRecords, updateRecord, type CreateSpec, type UpdateSpec } from '../common/record-writes';
import type { InputChecks } from '../common/input-checks';
import { CreateContactInput, UpdateContactInput } from './contact.input';
import { Contact } from './contact.type';

@Resolver()
export class ContactMutations {
  @Mutation(() => [Contact], {
    description:
      'Creates contacts, in input order. Over 250 go in sequential batches (see createLeads for partial failures).',
  })
  createContacts(
    @Ctx() ctx: Context,
    @Arg('input', () => [CreateContactInput]) input: CreateContactInput[],
  ): Promise<Contact[]> {
    return createRecords(ctx, CREATE, input);
  }

  @Mutation(() => Contact, { description: 'Changes one contact; answers it as Kommo now has it.' })
  updateContact(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateContactInput) input: UpdateContactInput,
  ): Promise<Contact> {
    return updateRecord(ctx, UPDATE, input);
  }
}

function checkContact(c: InputChecks, at: string, input: CreateContactInput | UpdateContactInput): void {
  checkRecord(c, at, input, KommoEntityType.CONTACT);
  notBlank(c, `${at}.name`, input.name);
}

const CREATE: CreateSpec<CreateContactInput, 'contacts'> = {
  type: KommoEntityType.CONTACT,
  entity: 'contacts',
  check(c, at, input) {
    checkContact(c, at, input);
    const named = [input.name, input.firstName, input.lastName].some((part) => given(part) && part.trim() !== '');
    if (!named) c.fail(`${at}.name`, 'give a name, a firstName or a lastName');
  },
  row: contactRow,
};

const UPDATE: UpdateSpec<UpdateContactInput, 'contacts'> = {
  type: KommoEntityType.CONTACT,
  entity: 'contacts',
  check: (c, input) => checkContact(c, 'input', input),
  row: contactRow,
};
