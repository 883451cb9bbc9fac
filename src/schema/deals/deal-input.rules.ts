import { isCanonicalPositiveInteger, toWoofedId, type WoofedId } from '../../woofed/woofed-id';
import { badUserInput } from '../errors/bad-user-input';

/** Long enough for UUIDs and composite keys; short enough to keep the store small. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/** A deal or app id; WoofedCRM would read "12abc" as 12, so anything but a canonical positive integer is refused. */
export function requireWoofedId(value: string, field: string): WoofedId {
  const id = toWoofedId(value);
  if (id === undefined)
    throw badUserInput(
      `${field} must be a WoofedCRM id: a positive whole number such as "12", got ${shown(value)}`,
      field,
    );
  return id;
}

/** Chatwoot inbox ids are integers, sent as strings as WoofedCRM's own callers do. */
export function requireInboxId(value: string, field: string): string {
  if (value.trim() === '') throw badUserInput(`${field} must not be empty`, field);
  if (!isCanonicalPositiveInteger(value))
    throw badUserInput(`${field} must be a Chatwoot inbox id such as "62483", got ${shown(value)}`, field);
  return value;
}

export function requireText(value: string, field: string): string {
  if (value.trim() === '') throw badUserInput(`${field} must not be blank`, field);
  return value;
}

/** An optional text that, when given, must not be blank (omit it instead). */
export function optionalText(value: string | null | undefined, field: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value.trim() === '') throw badUserInput(`${field} must not be blank; omit it instead`, field);
  return value;
}

/** `undefined` when no key was given; a given key must be 1 to 255 characters and not blank. */
export function idempotencyKeyOf(value: string | null | undefined, field: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value.trim() === '') throw badUserInput(`${field} must not be blank; omit it to send without one`, field);
  if (value.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw badUserInput(`${field} must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters, got ${value.length}`, field);
  }
  return value;
}

/** Refuses an instant that is not strictly later than `now`; `hint` says what to do instead. */
export function assertFuture(at: Date, now: Date, field: string, hint: string): void {
  if (at.getTime() <= now.getTime()) {
    throw badUserInput(
      `${field} must be in the future (got ${at.toISOString()}, now is ${now.toISOString()}); ${hint}`,
      field,
    );
  }
}

/** The offending value, quoted and cut short: it is echoed back in the error. */
function shown(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}
