/** Scripted answers that both simulators accept, so tests can provoke upstream faults. */
/** A scripted answer for the next matching request(s), applied before the simulator's own checks. */
export interface InjectedFault {
  method?: string;
  pathPrefix?: string;
  status: number;
  json?: unknown;
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
  delayMs?: number;
  /** @default 1 */
  times?: number;
}

/** An armed fault and how many more matching requests it will answer. */
export interface PendingFault {
  fault: InjectedFault;
  remaining: number;
}

/** First-in, first-out queue of faults; each is consumed by the requests it matches. */
export class FaultQueue {
  private readonly faults: Array<{ fault: InjectedFault; remaining: number }> = [];

  add(fault: InjectedFault): void {
    this.faults.push({ fault, remaining: Math.max(1, fault.times ?? 1) });
  }

  take(method: string, path: string): InjectedFault | undefined {
    const index = this.faults.findIndex(
      ({ fault }) =>
        (fault.method === undefined || fault.method.toUpperCase() === method) &&
        path.startsWith(fault.pathPrefix ?? ''),
    );
    const entry = this.faults[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.faults.splice(index, 1);
    return entry.fault;
  }

  /** The faults armed but not yet consumed, oldest first (tests assert none is left). */
  pending(): PendingFault[] {
    return this.faults.map(({ fault, remaining }) => ({ fault, remaining }));
  }
}

/**
 * A 2xx fault with no body other than 204 only delays: the request then proceeds normally (auth,
 * rate limit, data, and a write is stored, as a real server commits a write its client gave up
 * on). Use it with `delayMs` to make a client time out.
 */
export function isDelayOnly(fault: InjectedFault): boolean {
  return (
    fault.json === undefined &&
    fault.raw === undefined &&
    fault.status >= 200 &&
    fault.status < 300 &&
    fault.status !== 204
  );
}
