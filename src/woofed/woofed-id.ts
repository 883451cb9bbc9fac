declare const woofedIdBrand: unique symbol;

/** A WoofedCRM record id known to be safe in a path: a positive integer in canonical decimal. */
export type WoofedId = string & { readonly [woofedIdBrand]: true };

/**
 * WoofedCRM reads path ids like Ruby's `to_i` ("12abc" is deal 12, "abc" is 0), so only canonical
 * positive integers (no sign, padding or spaces) within JavaScript's safe range pass; anything
 * else is `undefined` and must never reach a URL or a body.
 */
export function toWoofedId(value: string): WoofedId | undefined {
  return isCanonicalPositiveInteger(value) ? (value as WoofedId) : undefined;
}

/** "12" yes; "012", "+12", "12abc", " 12", "0", "-1" and numbers beyond 2^53 no. */
export function isCanonicalPositiveInteger(value: string): boolean {
  return /^[1-9]\d{0,15}$/.test(value) && Number.isSafeInteger(Number(value));
}
