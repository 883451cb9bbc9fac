import type { KommoStore } from '../store';
import type { Written } from '../writes/batch';
import type { WritableKind } from '../writes/context';
import { changesOf } from './changes';
import type { HookDelivery } from '../../hook-queue';
import { WebhookDispatcher, type DispatcherOptions } from './dispatcher';
import { WebhookRegistry } from './registry';
import { recordWriteEvents } from './write-events';

export type { DispatcherOptions } from './dispatcher';
export type { KommoWebhook } from './registry';
export { WEBHOOK_SETTINGS } from './settings';

/** A simulator's webhooks: the hooks registered through `/api/v4/webhooks`, and their deliveries. */
export class KommoWebhooks {
  readonly registry = new WebhookRegistry();
  private readonly dispatcher: WebhookDispatcher;

  constructor(options: DispatcherOptions = {}) {
    this.dispatcher = new WebhookDispatcher(this.registry, options);
  }

  /** Every POST made to a hook (retries included), in order. */
  get deliveries(): readonly HookDelivery[] {
    return this.dispatcher.deliveries;
  }

  /** After a committed write: logs its events, then queues its hooks. */
  written(store: KommoStore, kind: WritableKind, items: readonly Written[]): void {
    const changes = changesOf(kind, items);
    recordWriteEvents(store, changes);
    this.dispatcher.dispatch(changes);
  }

  /** Resolves once every hook queued so far has been delivered (or has failed for good). */
  idle(): Promise<void> {
    return this.dispatcher.idle();
  }

  close(): Promise<void> {
    return this.dispatcher.close();
  }
}
