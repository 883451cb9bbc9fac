import { Arg, Root, Resolver, Subscription } from 'type-graphql';
import { renewForEvent, type Context } from '../../context';
import { liveOf } from '../../live/live-of';
import { validate } from '../common/input-checks';
import { EventFilter } from './event-filter.input';
import { checkEventFilter } from './event-filter.rules';
import { KommoEvent } from './kommo-event.interface';

interface KommoEventsArgs {
  filter?: EventFilter | null;
}

/** `Subscription.kommoEvents`: the feed's events as they happen, with exactly the feed's filter. */
@Resolver()
export class KommoEventSubscription {
  @Subscription(() => KommoEvent, {
    description:
      'Kommo events as they happen (webhooks, else a poll every EVENTS_POLL_SECONDS), each once, oldest first per record. The filter means what it means for `events`.',
    subscribe: ({ args, context }: { args: KommoEventsArgs; context: Context }) => {
      const { filter } = args;
      validate((c) => {
        if (filter !== undefined && filter !== null) checkEventFilter(c, filter);
        return true;
      });
      return liveOf(context).kommoEvents(filter, () => renewForEvent(context));
    },
  })
  kommoEvents(
    @Root() event: KommoEvent,
    @Arg('filter', () => EventFilter, { nullable: true }) _filter?: EventFilter,
  ): KommoEvent {
    return event;
  }
}
