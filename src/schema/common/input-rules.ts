import { isKommoId } from '../../kommo/kommo-id';
import { badUserInput } from '../errors/bad-user-input';

/**
 * Building blocks of input validation. Each throws BAD_USER_INPUT as
 * `Invalid <field>: <rule>.`, naming the argument path, before anything is sent upstream.
 */

export function fail(field: string, rule: string): never {
  throw badUserInput(`Invalid ${field}: ${rule}.`, field);
}

export function nonEmpty(field: string, list: readonly unknown[] | undefined): void {
  if (list !== undefined && list.length === 0) fail(field, 'must not be an empty list (omit it instead)');
}

export function atMost(field: string, list: readonly unknown[], max: number, noun = 'ids'): void {
  if (list.length > max) fail(field, `at most ${max} ${noun} are allowed, got ${list.length}`);
}

export function kommoIds(field: string, ids: readonly string[]): void {
  const bad = ids.find((id) => !isKommoId(id));
  if (bad !== undefined) fail(field, `"${bad}" is not a Kommo id (a positive whole number)`);
}

/** A `{ from, to }` range whose ends, when both given, are in order. */
export function orderedRange(
  field: string,
  range: { from?: Date | number | null; to?: Date | number | null } | undefined,
): void {
  const from = range?.from ?? undefined;
  const to = range?.to ?? undefined;
  if (from !== undefined && to !== undefined && from > to) fail(field, 'from must not be later than to');
}
