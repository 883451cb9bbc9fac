import { contactRow } from '../../kommo/writes/entity-rows';
import { KommoEntityType } from '../common/entity-type.enum';
import type { RecordWrites } from '../common/record-writes';
import type { CreateContactInput, UpdateContactInput } from './contact.input';
import { checkContact, checkNewContact } from './contact.rules';

/** How contacts are written: their rules and their Kommo row. */

export const CONTACT_WRITES: RecordWrites<CreateContactInput, UpdateContactInput, 'contacts'> = {
  type: KommoEntityType.CONTACT,
  entity: 'contacts',
  create: { check: checkNewContact, row: contactRow },
  update: { check: checkContact, row: contactRow },
};
