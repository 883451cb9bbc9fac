import { InputChecks } from '../common/input-checks';
import { notBlank, type Maybe } from '../common/input-rules';
import type { WoofedContactSearch } from './woofed-contact-search.input';

/** Longer texts match no contact a person typed; the cap keeps the request line small. */
export const MAX_SEARCH_TEXT_LENGTH = 100;
/** Ten contacts a page: 10,000 pages reach 100,000 contacts. */
export const MAX_SEARCH_PAGE = 10_000;

/** Each input field and the Ransack condition it becomes (`i_cont`: ILIKE, any case). */
const CONDITIONS: ReadonlyArray<readonly [keyof WoofedContactSearch, string]> = [
  ['fullNameContains', 'full_name_i_cont'],
  ['emailContains', 'email_i_cont'],
  ['phoneContains', 'phone_cont'],
];

/**
 * The search as Ransack conditions, or BAD_USER_INPUT naming every problem (nothing is sent): a
 * blank text would be dropped by Ransack and silently list everyone, so it is refused.
 */
export function searchConditions(search: Maybe<WoofedContactSearch>, page: number): Array<[string, string]> {
  const c = new InputChecks();
  const conditions: Array<[string, string]> = [];
  for (const [field, predicate] of CONDITIONS) {
    const value = search?.[field];
    const name = `search.${field}`;
    if (!notBlank(c, name, value, 'omit it instead')) continue;
    if (value.length > MAX_SEARCH_TEXT_LENGTH) {
      c.fail(name, `must be at most ${MAX_SEARCH_TEXT_LENGTH} characters, got ${value.length}`);
      continue;
    }
    conditions.push([predicate, value]);
  }
  if (page < 1 || page > MAX_SEARCH_PAGE) c.fail('page', `must be between 1 and ${MAX_SEARCH_PAGE}, got ${page}`);
  c.throwIfAny();
  return conditions;
}
