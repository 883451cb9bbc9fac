import { isCanonicalPositiveInteger } from '../../woofed/woofed-id';
import type { InputChecks } from '../common/input-checks';
import { notBlank, shown, type Maybe } from '../common/input-rules';

/** Rules of the WoofedCRM deal-event inputs that only they have; ids and texts use the common rules. */

/** Long enough for UUIDs and composite keys; short enough to keep the store small. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/** Chatwoot inbox ids are integers, sent as strings as WoofedCRM's own callers do. */
export function chatwootInboxId(c: InputChecks, field: string, value: string): boolean {
  if (!notBlank(c, field, value)) return false;
  if (isCanonicalPositiveInteger(value)) return true;
  c.fail(field, `${shown(value)} is not a Chatwoot inbox id (a positive whole number such as "62483")`);
  return false;
}

/** A given key must be 1 to 255 characters and not blank. */
export function idempotencyKey(c: InputChecks, field: string, value: Maybe<string>): boolean {
  if (!notBlank(c, field, value, 'omit it to send without one')) return false;
  if (value.length <= MAX_IDEMPOTENCY_KEY_LENGTH) return true;
  c.fail(field, `must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters, got ${value.length}`);
  return false;
}

/** An instant strictly later than `now`; `hint` says what to do instead. */
export function inFuture(c: InputChecks, field: string, at: Date, now: Date, hint: string): boolean {
  if (at.getTime() > now.getTime()) return true;
  c.fail(field, `must be in the future (got ${at.toISOString()}, now is ${now.toISOString()}); ${hint}`);
  return false;
}
