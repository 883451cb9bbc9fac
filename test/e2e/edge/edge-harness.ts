import { loadConfig } from '../../../src/config';
import { startHarness, type Harness, type HarnessOptions } from '../../helpers/harness';

export interface RawResponse {
  status: number;
  headers: Headers;
  body: {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    extensions?: Record<string, unknown>;
  };
  text: string;
}

/**
 * The harness behind an edge configured from environment variables, as `loadConfig` reads them
 * (demo mode: the edge variables apply, the upstreams are the simulators).
 */
export async function startEdgeHarness(env: Record<string, string>, options: HarnessOptions = {}) {
  const h: Harness = await startHarness({ ...options, edge: loadConfig(env).edge });

  /** A raw request to /graphql: status, headers and body as the client sees them. */
  async function send(init: { method?: string; headers?: Record<string, string>; body?: unknown; search?: string }) {
    const method = init.method ?? 'POST';
    const response = await fetch(`${h.gateway.url}${init.search ?? ''}`, {
      method,
      headers: method === 'POST' ? { 'content-type': 'application/json', ...init.headers } : init.headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const text = await response.text();
    let body: RawResponse['body'] = {};
    try {
      body = JSON.parse(text) as RawResponse['body'];
    } catch {
      // not JSON (the explorer page)
    }
    return { status: response.status, headers: response.headers, body, text } satisfies RawResponse;
  }

  return {
    ...h,
    send,
    /** Requests both simulators received. */
    upstreamCalls: (): number => h.sim.requests.length + h.woofed.requests.length,
  };
}

export type EdgeHarness = Awaited<ReturnType<typeof startEdgeHarness>>;
