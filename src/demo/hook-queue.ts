/** One POST to a webhook destination, as the simulators' delivery logs keep it. */
export interface HookDelivery {
  destination: string;
  body: string;
  /** 1 for the first try. */
  attempt: number;
  /** The HTTP status, or null when the request failed (refused, timed out, cancelled). */
  status: number | null;
}

export interface HookQueueOptions {
  /** Waits before each retry of a failed delivery; its length bounds the retries. @default [100, 500] */
  retryDelaysMs?: readonly number[];
  /** A destination that answers later fails that try. @default 5000 */
  timeoutMs?: number;
}

/** Sends one body to one destination (retrying as configured); true once a try got a 2xx. */
export type SendHook = (destination: string, body: string, contentType: string) => Promise<boolean>;

/**
 * The simulators' outgoing webhooks: jobs run one at a time in the order they were queued, each
 * starting on a later turn of the event loop than the request that queued it (the request's answer
 * goes out first), and a delivery's retries finish before the next one starts, so deliveries come
 * in the same order on every run. `close` cancels waits and requests in flight.
 */
export class HookQueue {
  readonly deliveries: HookDelivery[] = [];
  private tail: Promise<void> = Promise.resolve();
  private readonly abort = new AbortController();
  /** Pending waits, each with what ends it early. */
  private readonly waits = new Map<NodeJS.Timeout, () => void>();
  private readonly retryDelaysMs: readonly number[];
  private readonly timeoutMs: number;

  constructor(options: HookQueueOptions = {}) {
    this.retryDelaysMs = options.retryDelaysMs ?? [100, 500];
    this.timeoutMs = options.timeoutMs ?? 5000;
  }

  enqueue(job: (send: SendHook) => Promise<void>): void {
    if (this.abort.signal.aborted) return;
    this.tail = this.tail.then(() => this.wait(0)).then(() => job(this.send));
  }

  /** Resolves once every job queued so far is done. */
  idle(): Promise<void> {
    return this.tail;
  }

  close(): Promise<void> {
    this.abort.abort();
    for (const [timer, resolve] of this.waits) {
      clearTimeout(timer);
      resolve();
    }
    this.waits.clear();
    return this.tail;
  }

  private readonly send: SendHook = async (destination, body, contentType) => {
    for (let attempt = 1; attempt <= this.retryDelaysMs.length + 1; attempt += 1) {
      if (attempt > 1) await this.wait(this.retryDelaysMs[attempt - 2] ?? 0);
      if (this.abort.signal.aborted) return false;
      const status = await this.post(destination, body, contentType);
      this.deliveries.push({ destination, body, attempt, status });
      if (status !== null && status >= 200 && status < 300) return true;
    }
    return false;
  };

  private async post(destination: string, body: string, contentType: string): Promise<number | null> {
    try {
      const response = await fetch(destination, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.timeoutMs)]),
      });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return null;
    }
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
