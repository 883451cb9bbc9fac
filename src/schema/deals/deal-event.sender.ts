import { ErrorCode } from '../../error-codes';
import type { Context } from '../../context';
import { fingerprintOf, IdempotencyConflictError, readUnknownOutcome, unknownOutcomeResult } from '../../idempotency';
import { GraphQLError } from 'graphql';
import { UpstreamBadResponseError, UpstreamUnavailableError } from '../../upstream/errors';
import { mapDealEvent } from '../../woofed/woofed.event-mapper';
import { badInputError, problem } from '../common/bad-user-input';
import { validate } from '../common/input-checks';
import { inFuture } from './deal-input.rules';
import type { DealEvent } from './deal-event.type';
import type { DealEventWrite } from './deal-event.writes';

const KEY_FIELD = 'input.idempotencyKey';

/**
 * Sends one `POST /deals/:id/events` and maps the stored event. With an idempotency key, a repeat
 * of the same write (same deal and body) returns the first result without a second POST, and a
 * different write under the key is BAD_USER_INPUT. A write that failed for sure (4xx, no
 * connection) leaves the key free for a retry; one that may have been stored (timeout, connection
 * lost mid-request, 5xx) keeps the key, and every repeat answers UPSTREAM_UNAVAILABLE with
 * `outcomeUnknown` instead of sending a second time.
 */
export async function sendDealEvent(ctx: Context, write: DealEventWrite): Promise<DealEvent> {
  const send = (): Promise<unknown> => {
    const { future } = write;
    if (future !== undefined) validate((c) => inFuture(c, 'input.scheduledAt', future.at, ctx.clock(), future.hint));
    return ctx.woofed.createDealEvent(write.dealId, write.body);
  };
  const raw =
    write.idempotencyKey === undefined ? await send() : await sendOnce(ctx, write.idempotencyKey, write, send);
  const event = mapDealEvent(raw, write.content);
  if (event === undefined) throw new UpstreamBadResponseError('woofed', 201, 'not of the documented shape');
  // Subscribers see Ponte's own writes at once; the webhook WoofedCRM sends for it is deduplicated.
  await ctx.live?.woofedEvent(raw, write.content);
  return event;
}

async function sendOnce(
  ctx: Context,
  key: string,
  write: DealEventWrite,
  send: () => Promise<unknown>,
): Promise<unknown> {
  let remembered: unknown;
  try {
    // The raw upstream JSON is what is remembered: replays are mapped exactly like the first answer.
    remembered = await ctx.sendOnce(
      `woofed-deal-event:${key}`,
      fingerprintOf({ dealId: write.dealId, body: write.body }),
      async () => {
        try {
          return await send();
        } catch (error) {
          // A timed-out POST may have been stored: releasing the key would let a retry send it twice.
          if (error instanceof UpstreamUnavailableError && error.mayHaveBeenProcessed) {
            return unknownOutcomeResult({ reason: error.message, status: error.status ?? null });
          }
          throw error;
        }
      },
    );
  } catch (error) {
    if (error instanceof IdempotencyConflictError) throw badInputError([problem(KEY_FIELD, error.message)]);
    throw error;
  }
  const unknown = readUnknownOutcome(remembered);
  if (unknown !== undefined) {
    const { reason, status } = unknown;
    throw new GraphQLError(
      `${reason}: the first attempt with this idempotencyKey got no answer, so WoofedCRM may have stored the event. ` +
        'Check deal(id) { events } and send again with a new idempotencyKey only if it is missing.',
      { extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE, upstream: 'woofed', status, outcomeUnknown: true } },
    );
  }
  return remembered;
}
