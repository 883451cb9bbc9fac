import type { SimResponse } from '../http';
import { PROBLEM_JSON, problemBody } from './responses';

/** A scripted answer for the next matching request(s), applied before auth and rate limiting. */
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

/** First-in, first-out queue of faults; each is consumed by the requests it matches. */
export class FaultQueue {
  private readonly faults: Array<{ fault: InjectedFault; remaining: number }> = [];

  add(fault: InjectedFault): void {
    this.faults.push({ fault, remaining: Math.max(1, fault.times ?? 1) });
  }

  take(method: string, path: string): InjectedFault | undefined {
    const index = this.faults.findIndex(
      ({ fault }) => (fault.method === undefined || fault.method.toUpperCase() === method) && path.startsWith(fault.pathPrefix ?? ''),
    );
    const entry = this.faults[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.faults.splice(index, 1);
    return entry.fault;
  }
}

/**
 * A 2xx fault with no body other than 204 only delays: the request then proceeds normally
 * (auth, rate limit, data). Use it with `delayMs` to make a client time out.
 */
export function isDelayOnly(fault: InjectedFault): boolean {
  return fault.json === undefined && fault.raw === undefined && fault.status >= 200 && fault.status < 300 && fault.status !== 204;
}

/** The fault as a response; with no body, a problem+json body for its status (none for 204). */
export function faultResponse(fault: InjectedFault): SimResponse {
  const headers = fault.headers;
  if (fault.raw !== undefined) return { status: fault.status, raw: fault.raw, contentType: fault.contentType ?? 'text/html', headers };
  if (fault.json !== undefined) return { status: fault.status, json: fault.json, contentType: fault.contentType ?? (fault.status >= 400 ? PROBLEM_JSON : 'application/hal+json'), headers };
  if (fault.status === 204) return { status: 204, headers };
  return { status: fault.status, json: problemBody(fault.status), contentType: fault.contentType ?? PROBLEM_JSON, headers };
}
