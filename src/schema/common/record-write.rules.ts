import type { KommoLoaders } from '../../kommo/kommo.loaders';
import { UpstreamForbiddenError } from '../../upstream/errors';
import { checkCustomFields } from '../custom-fields/custom-field-value.rules';
import { problem } from './bad-user-input';
import type { KommoEntityType } from './entity-type.enum';
import type { InputChecks } from './input-checks';
import { given, kommoId, nonEmpty, nonNegative, notBlank, type Maybe } from './input-rules';
import type { PeopleWriteInput, RecordWriteInput } from './record-write.input';
import type { TagRefInput } from './tag-ref.input';

/**
 * Rules of the Kommo writes (leads, contacts, companies, tasks): the fields they share, and the
 * lookups that prove referenced users, records and tags exist. `at` is the item's argument path,
 * e.g. `input[3]`.
 */

/** A whole amount ≥ 0 that JSON carries exactly: Kommo stores prices as integers. */
export function wholeAmount(c: InputChecks, field: string, value: Maybe<number>): void {
  if (!nonNegative(c, field, value)) return;
  if (!Number.isInteger(value)) c.fail(field, 'must be a whole number (Kommo stores prices as integers)');
  else if (!Number.isSafeInteger(value)) c.fail(field, `must be at most ${Number.MAX_SAFE_INTEGER}`);
}

/** Kommo stores instants as positive Unix seconds. */
export function instant(c: InputChecks, field: string, value: Maybe<Date>): void {
  if (given(value) && value.getTime() < 1000) c.fail(field, 'must be later than 1970-01-01T00:00:00Z');
}

/** A user of the account ("0" = robot where allowed). Skipped when the token may not list users (403). */
export function userRef(c: InputChecks, field: string, value: Maybe<string>, robot = false): void {
  if (robot && value === '0') return;
  if (!kommoId(c, field, value)) return;
  c.lookup(async (loaders) => {
    try {
      return (await loaders.userById(value)) ? [] : [problem(field, `no user with id ${value} in this Kommo account`)];
    } catch (error) {
      if (error instanceof UpstreamForbiddenError) return [];
      throw error;
    }
  });
}

/** An id that must name something `find` knows (through a per-request loader): "no <what> with id …" otherwise. */
export function knownId(
  c: InputChecks,
  field: string,
  value: Maybe<string>,
  what: string,
  find: (loaders: KommoLoaders, id: string) => Promise<unknown>,
): void {
  if (!kommoId(c, field, value)) return;
  c.lookup(async (loaders) => ((await find(loaders, value)) ? [] : [problem(field, `no ${what} with id ${value}`)]));
}

/** An existing lead, contact, company or task. */
export function recordRef(c: InputChecks, field: string, type: KommoEntityType, value: Maybe<string>): void {
  knownId(c, field, value, type, (loaders, id) => loaders.entity(type, id));
}

/** True when the update input sets anything besides `id`. */
export function changesSomething(input: object): boolean {
  return Object.entries(input).some(([key, value]) => key !== 'id' && given(value));
}

export function checkPeople(c: InputChecks, at: string, input: PeopleWriteInput): void {
  userRef(c, `${at}.responsibleUserId`, input.responsibleUserId);
  userRef(c, `${at}.createdBy`, input.createdBy, true);
  userRef(c, `${at}.updatedBy`, input.updatedBy, true);
  instant(c, `${at}.createdAt`, input.createdAt);
  instant(c, `${at}.updatedAt`, input.updatedAt);
}

/** People, tags and custom field values of a lead, contact or company. */
export function checkRecord(c: InputChecks, at: string, input: RecordWriteInput, type: KommoEntityType): void {
  checkPeople(c, at, input);
  checkTags(c, `${at}.tagsToAdd`, input.tagsToAdd, type);
  checkTags(c, `${at}.tagsToDelete`, input.tagsToDelete, type);
  if (nonEmpty(c, `${at}.customFieldsValues`, input.customFieldsValues))
    checkCustomFields(c, `${at}.customFieldsValues`, input.customFieldsValues, type);
}

/**
 * Tags by id must exist for the record's type (tag ids are per type): Kommo would refuse the
 * whole batch otherwise, after earlier batches were written. All the ids of a type and request
 * are one `GET /api/v4/{entity}/tags` call. A new name creates the tag, so names need no lookup.
 */
function checkTags(c: InputChecks, field: string, refs: Maybe<readonly TagRefInput[]>, type: KommoEntityType): void {
  if (!nonEmpty(c, field, refs)) return;
  refs.forEach((ref, index) => {
    const at = `${field}[${index}]`;
    if (given(ref.id) === given(ref.name)) c.fail(at, 'set exactly one of id and name');
    else if (given(ref.id)) knownId(c, `${at}.id`, ref.id, `${type} tag`, (loaders, id) => loaders.tagById(type, id));
    else notBlank(c, `${at}.name`, ref.name);
  });
}
