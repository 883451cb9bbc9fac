import type { Context } from '../../context';
import { fingerprintOf, IdempotencyConflictError } from '../../idempotency';
import type { WoofedId } from '../../woofed/woofed-id';
import { UpstreamBadResponseError } from '../../upstream/errors';
import { mapDealEvent } from '../../woofed/woofed.event-mapper';
import type { WoofedEventBody } from '../../woofed/woofed.types';
import { badUserInput } from '../errors/bad-user-input';
import { assertFuture } from './deal-input.rules';
import type { DealEvent } from './deal-event.type';

const KEY_FIELD = 'input.idempotencyKey';

export interface DealEventWrite {
  dealId: WoofedId;
  /** Built from validated input only. */
  body: WoofedEventBody;
  /** What the caller sent as content; WoofedCRM does not echo it. */
  content: string | undefined;
  /** An instant that must still be in the future when the request is sent (not on a replay). */
  future?: { at: Date; hint: string } | undefined;
  idempotencyKey?: string | undefined;
}

/**
 * Sends one `POST /deals/:id/events` and maps the stored event. With an idempotency key, a repeat
 * of the same write (same deal and body) returns the first result without a second POST, and a
 * different write under the key is BAD_USER_INPUT; a failed write leaves the key free for a retry.
 */
export async function writeDealEvent(ctx: Context, write: DealEventWrite): Promise<DealEvent> {
  const send = (): Promise<unknown> => {
    if (write.future !== undefined) assertFuture(write.future.at, ctx.clock(), 'input.scheduledAt', write.future.hint);
    return ctx.woofed.createDealEvent(write.dealId, write.body);
  };
  const raw = write.idempotencyKey === undefined ? await send() : await sendOnce(ctx, write.idempotencyKey, write, send);
  const event = mapDealEvent(raw, write.content);
  if (event === undefined) throw new UpstreamBadResponseError('woofed', 201, 'not of the documented shape');
  return event;
}

async function sendOnce(ctx: Context, key: string, write: DealEventWrite, send: () => Promise<unknown>): Promise<unknown> {
  try {
    // The raw upstream JSON is what is remembered: replays are mapped exactly like the first answer.
    return await ctx.sendOnce(`woofed-deal-event:${key}`, fingerprintOf({ dealId: write.dealId, body: write.body }), send);
  } catch (error) {
    if (error instanceof IdempotencyConflictError) throw badUserInput(`${KEY_FIELD}: ${error.message}`, KEY_FIELD);
    throw error;
  }
}
