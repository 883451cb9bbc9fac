import type { JsonRecord } from '../../../lib/decode';
import { applyAll, type KindWriter } from './context';
import { text } from './fields';
import { freshRecord, readRecordFields } from './record-fields';

/**
 * Contacts: a new contact needs a name, a first name or a last name (INFERRED; its `name` is then
 * "first last"). `last_name` may be "", as Kommo serves it.
 */
export const contactWriter: KindWriter = {
  fresh: (id, ctx) => ({
    ...freshRecord(id, ctx),
    first_name: '',
    last_name: '',
    is_unsorted: false,
    _embedded: { tags: [], companies: [], leads: [] },
  }),

  read(item, existing, ctx) {
    const { check } = ctx;
    const set: JsonRecord = {};
    const name = text(item, 'name', check, 'filled');
    const first = text(item, 'first_name', check);
    const last = text(item, 'last_name', check);
    if (first !== undefined) set['first_name'] = first;
    if (last !== undefined) set['last_name'] = last;
    const derived = [first, last].filter((part) => part !== undefined && part.trim() !== '').join(' ');
    if (name !== undefined) set['name'] = name;
    else if (!existing && derived !== '') set['name'] = derived;
    else if (!existing) check.blank('name');
    return applyAll([readRecordFields(item, 'contacts', ctx), (record) => Object.assign(record, set)]);
  },
};
