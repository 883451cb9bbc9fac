import { KommoEntityType } from '../common/entity-type.enum';
import type { InputChecks } from '../common/input-checks';
import { given, notBlank } from '../common/input-rules';
import { checkRecord } from '../common/record-write.rules';
import type { CreateContactInput, UpdateContactInput } from './contact.input';

/** The rules of a change to a contact; `at` is the item's argument path (`input[3]`, `input`). */
export function checkContact(c: InputChecks, at: string, input: CreateContactInput | UpdateContactInput): void {
  checkRecord(c, at, input, KommoEntityType.CONTACT);
  notBlank(c, `${at}.name`, input.name);
}

/** `checkContact` plus a name: a new contact needs a name, a firstName or a lastName. */
export function checkNewContact(c: InputChecks, at: string, input: CreateContactInput): void {
  checkContact(c, at, input);
  const named = [input.name, input.firstName, input.lastName].some((part) => given(part) && part.trim() !== '');
  if (!named) c.fail(`${at}.name`, 'give a name, a firstName or a lastName');
}
