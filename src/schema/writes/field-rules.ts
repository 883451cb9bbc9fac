import type { KommoLoaders } from '../../kommo/kommo.loaders';
import { UpstreamForbiddenError } from '../../upstream/errors';
import type { KommoEntityType } from '../common/entity-type.enum';
import { problem } from '../common/bad-user-input';
import { given, kommoId, type Maybe } from '../common/input-rules';
import type { InputChecks } from '../common/input-checks';

/** Rules for the fields Kommo writes share. `at` is the item's argument path, e.g. `input[3]`. */

export function nonNegative(c: InputChecks, field: string, value: Maybe<number>): void {
  if (given(value) && value < 0) c.fail(field, 'must not be negative');
}

/** A whole amount ≥ 0 that JSON carries exactly: Kommo stores prices as integers. */
export function wholeAmount(c: InputChecks, field: string, value: Maybe<number>): void {
  if (!given(value)) return;
  if (value < 0) c.fail(field, 'must not be negative');
  else if (!Number.isInteger(value)) c.fail(field, 'must be a whole number (Kommo stores prices as integers)');
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
