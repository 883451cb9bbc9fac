import type { EntityChange } from './changes';
import { webhookForm } from './payload';
import type { WebhookRegistry } from './registry';
import { settingOf } from './settings';

/** One POST to one hook, as the delivery log keeps it. */
export interface WebhookDelivery {
  hookId: number;
  destination: string;
  /** The form-encoded body. */
  body: string;
  /** 1 for the first try. */
  attempt: number;
  /** The HTTP status, or null when the request failed (refused, timed out). */
  status: number | null;
}

export interface DispatcherOptions {
  /** Waits before each retry of a non-2xx delivery; its length bounds the retries. @default [100, 500] */
  retryDelaysMs?: readonly number[];
  /** A destination that takes longer fails this try (Kommo expects an answer within seconds). @default 5000 */
  timeoutMs?: number;
  /** Consecutive failed deliveries (retries exhausted) after which a hook is disabled. @default 20 */
  disableAfterFailures?: number;
}

/**
 * Sends the hooks of each write, one write at a time in the order the writes were answered, and
 * for each write the hooks in `sort`/id order; a delivery's retries finish before the next
 * delivery starts, so the order is the same on every run. Starts only after the write's answer.
 */
export class WebhookDispatcher {
  readonly deliveries: WebhookDelivery[] = [];
  private tail: Promise<void> = Promise.resolve();
  private readonly failures = new Map<number, number>();
  private readonly abort = new AbortController();
  /** Pending waits, each with what ends it early. */
  private readonly waits = new Map<NodeJS.Timeout, () => void>();
  private readonly retryDelaysMs: readonly number[];
  private readonly timeoutMs: number;
  private readonly disableAfter: number;

  constructor(
    private readonly registry: WebhookRegistry,
    options: DispatcherOptions = {},
  ) {
    this.retryDelaysMs = options.retryDelaysMs ?? [100, 500];
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.disableAfter = options.disableAfterFailures ?? 20;
  }

  /** Queues the hooks of one write (none when no enabled hook subscribes to its changes). */
  dispatch(changes: readonly EntityChange[]): void {
    if (changes.length === 0 || this.abort.signal.aborted) return;
    this.tail = this.tail.then(() => this.afterAnswer()).then(() => this.sendAll(changes));
  }

  /** Resolves once every queued delivery (with its retries) is done. */
  idle(): Promise<void> {
    return this.tail;
  }

  /** Cancels pending retries and requests in flight; later writes send nothing. */
  close(): Promise<void> {
    this.abort.abort();
    for (const [timer, resolve] of this.waits) {
      clearTimeout(timer);
      resolve();
    }
    this.waits.clear();
    return this.tail;
  }

  private async sendAll(changes: readonly EntityChange[]): Promise<void> {
    for (const hook of this.registry.list()) {
      if (hook.disabled || this.abort.signal.aborted) continue;
      const wanted = changes.filter((change) => hook.settings.includes(settingOf(change)));
      if (wanted.length === 0) continue;
      const body = webhookForm(wanted).toString();
      const delivered = await this.deliver(hook.id, hook.destination, body);
      const failed = delivered ? 0 : (this.failures.get(hook.id) ?? 0) + 1;
      this.failures.set(hook.id, failed);
      if (failed >= this.disableAfter) this.registry.disable(hook.id);
    }
  }

  private async deliver(hookId: number, destination: string, body: string): Promise<boolean> {
    for (let attempt = 1; attempt <= this.retryDelaysMs.length + 1; attempt += 1) {
      if (attempt > 1) await this.wait(this.retryDelaysMs[attempt - 2] ?? 0);
      if (this.abort.signal.aborted) return false;
      const status = await this.post(destination, body);
      this.deliveries.push({ hookId, destination, body, attempt, status });
      if (status !== null && status >= 200 && status < 300) return true;
    }
    return false;
  }

  private async post(destination: string, body: string): Promise<number | null> {
    try {
      const response = await fetch(destination, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.timeoutMs)]),
      });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return null;
    }
  }

  /** The write's answer goes out first: the hook is sent on a later turn of the event loop. */
  private afterAnswer(): Promise<void> {
    return this.wait(0);
  }

  private wait(ms: number): Promise<void> {
    if (this.abort.signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waits.delete(timer);
        resolve();
      }, ms);
      this.waits.set(timer, resolve);
    });
  }
}
