import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import { ErrorCode } from '../error-codes';
import type { LiveHub } from './live-hub';

/** The gateway's live hub; a context without one (an in-process caller) cannot subscribe. */
export function liveOf(context: Context): LiveHub {
  if (context.live !== undefined) return context.live;
  throw new GraphQLError('Subscriptions are served over WebSocket at /graphql by a running gateway', {
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  });
}
