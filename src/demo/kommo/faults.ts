import type { SimResponse } from '../http';
import type { InjectedFault } from '../faults';
import { PROBLEM_JSON, problemBody } from './responses';

export { FaultQueue, isDelayOnly, type InjectedFault, type PendingFault } from '../faults';

/** The fault as a response; with no body, a problem+json body for its status (none for 204). */
export function faultResponse(fault: InjectedFault): SimResponse {
  const headers = fault.headers;
  if (fault.raw !== undefined)
    return { status: fault.status, raw: fault.raw, contentType: fault.contentType ?? 'text/html', headers };
  if (fault.json !== undefined)
    return {
      status: fault.status,
      json: fault.json,
      contentType: fault.contentType ?? (fault.status >= 400 ? PROBLEM_JSON : 'application/hal+json'),
      headers,
    };
  if (fault.status === 204) return { status: 204, headers };
  return {
    status: fault.status,
    json: problemBody(fault.status),
    contentType: fault.contentType ?? PROBLEM_JSON,
    headers,
  };
}
