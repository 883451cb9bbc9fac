import { isKommoId } from '../../kommo/kommo-id';
import { toWoofedId, type WoofedId } from '../../woofed/woofed-id';
import type { InputChecks } from './input-checks';

/**
 * The building blocks of every input rule. Each records its problem on the checks (worded
 * `Invalid <field>: <rule>.`) and answers true when the value is given and passes, so a caller
 * checks further only what is sound: one problem per field, the first rule it breaks.
 */

export type Maybe<T> = T | null | undefined;

/** GraphQL passes an omitted optional input as `undefined` and an explicit one as `null`: both mean "not given". */
export function given<T>(value: Maybe<T>): value is T {
  return value !== null && value !== undefined;
}

/** A value echoed back in a message: quoted, and cut short. */
export function shown(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** A given text must not be only white space; `remedy` says what to do instead (e.g. "omit it instead"). */
export function notBlank(c: InputChecks, field: string, value: Maybe<string>, remedy?: string): value is string {
  if (!given(value)) return false;
  if (value.trim() !== '') return true;
  c.fail(field, remedy === undefined ? 'must not be blank' : `must not be blank (${remedy})`);
  return false;
}

/** A given list must not be empty: an empty filter list would match nothing, so it is refused rather than sent. */
export function nonEmpty<T>(c: InputChecks, field: string, list: Maybe<readonly T[]>): list is readonly T[] {
  if (!given(list)) return false;
  if (list.length > 0) return true;
  c.fail(field, 'must not be an empty list (omit it instead)');
  return false;
}

export function nonNegative(c: InputChecks, field: string, value: Maybe<number>): value is number {
  if (!given(value)) return false;
  if (value >= 0) return true;
  c.fail(field, 'must not be negative');
  return false;
}

export function atMost(c: InputChecks, field: string, list: readonly unknown[], max: number, noun = 'ids'): boolean {
  if (list.length <= max) return true;
  c.fail(field, `at most ${max} ${noun} are allowed, got ${list.length}`);
  return false;
}

/** The one Kommo id rule: a positive whole number, which is all Kommo ever issues. */
export function kommoId(c: InputChecks, field: string, value: Maybe<string>): value is string {
  if (!given(value)) return false;
  if (isKommoId(value)) return true;
  c.fail(field, `${shown(value)} is not a Kommo id (a positive whole number)`);
  return false;
}

/** Every id of a list is a Kommo id; the first that is not is the problem. */
export function kommoIds(c: InputChecks, field: string, ids: readonly string[]): boolean {
  const bad = ids.find((id) => !isKommoId(id));
  return bad === undefined || kommoId(c, field, bad);
}

/** The one WoofedCRM id rule: WoofedCRM reads "12abc" as 12, so only a canonical positive integer passes. */
export function woofedId(c: InputChecks, field: string, value: string): WoofedId | undefined {
  const id = toWoofedId(value);
  if (id === undefined) c.fail(field, `${shown(value)} is not a WoofedCRM id (a positive whole number such as "12")`);
  return id;
}

/** A `{ from, to }` range whose ends, when both given, are in order. */
export function orderedRange(
  c: InputChecks,
  field: string,
  range: Maybe<{ from?: Date | number | null; to?: Date | number | null }>,
): boolean {
  const from = range?.from ?? undefined;
  const to = range?.to ?? undefined;
  if (from === undefined || to === undefined || from <= to) return true;
  c.fail(field, 'from must not be later than to');
  return false;
}
