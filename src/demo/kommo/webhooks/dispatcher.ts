import { HookQueue, type HookQueueOptions } from '../../hook-queue';
import type { EntityChange } from './changes';
import { webhookForm } from './payload';
import type { WebhookRegistry } from './registry';
import { settingOf } from './settings';

export interface DispatcherOptions extends HookQueueOptions {
  /** Consecutive failed deliveries (retries exhausted) after which a hook is disabled. @default 20 */
  disableAfterFailures?: number;
}

/**
 * Sends the hooks of each write, in the order the writes were answered, and for each write the
 * enabled hooks whose settings name one of its changes, in `sort`/id order (see `HookQueue`).
 */
export class WebhookDispatcher {
  private readonly queue: HookQueue;
  private readonly failures = new Map<number, number>();
  private readonly disableAfter: number;

  constructor(
    private readonly registry: WebhookRegistry,
    options: DispatcherOptions = {},
  ) {
    this.queue = new HookQueue(options);
    this.disableAfter = options.disableAfterFailures ?? 20;
  }

  get deliveries(): HookQueue['deliveries'] {
    return this.queue.deliveries;
  }

  dispatch(changes: readonly EntityChange[]): void {
    if (changes.length === 0) return;
    this.queue.enqueue(async (send) => {
      for (const hook of this.registry.list()) {
        if (hook.disabled) continue;
        const wanted = changes.filter((change) => hook.settings.includes(settingOf(change)));
        if (wanted.length === 0) continue;
        const body = webhookForm(wanted).toString();
        const delivered = await send(hook.destination, body, 'application/x-www-form-urlencoded');
        const failed = delivered ? 0 : (this.failures.get(hook.id) ?? 0) + 1;
        this.failures.set(hook.id, failed);
        if (failed >= this.disableAfter) this.registry.disable(hook.id);
      }
    });
  }

  idle(): Promise<void> {
    return this.queue.idle();
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
