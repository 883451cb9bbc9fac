import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import { renewForEvent, type Context } from '../../context';
import { liveOf } from '../../live/live-of';
import { validate } from '../common/input-checks';
import { woofedId } from '../common/input-rules';
import { DealEvent } from './deal-event.type';

/** `Subscription.dealEvents`: a WoofedCRM deal's timeline as it grows. */
@Resolver()
export class DealEventSubscription {
  @Subscription(() => DealEvent, {
    description:
      "A deal's new and updated timeline events: WoofedCRM's event webhooks and Ponte's own deal-event mutations.",
    subscribe: ({ args, context }: { args: { dealId: string }; context: Context }) => {
      const dealId = validate((c) => woofedId(c, 'dealId', args.dealId));
      return liveOf(context).dealEvents(dealId, () => renewForEvent(context));
    },
  })
  dealEvents(@Root() event: DealEvent, @Arg('dealId', () => ID) _dealId: string): DealEvent {
    return event;
  }
}
