/** Shared setup for the WoofedCRM simulator tests: one simulator per test, a fixed clock, fetch helpers. */
import { startWoofedSimulator, type WoofedSimulator, type WoofedSimulatorOptions } from '../../../src/demo/woofed';
import { closeSimulators } from '../../helpers/armed-faults';

/** 2025-03-10T12:00:00.123-03:00 in the server zone. */
export const FIXED_NOW = new Date('2025-03-10T15:00:00.123Z');
export const FIXED_NOW_LOCAL = '2025-03-10T12:00:00.123-03:00';

export interface Reply {
  status: number;
  contentType: string | null;
  text: string;
  body: unknown;
}

export interface WoofedTestServer {
  sim: WoofedSimulator;
  clock: { now: Date };
  /** `path` is relative to `/api/v1/accounts/1` unless it starts with `/api`. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  /** A JSON object reply's body (fails the test when it is not one). */
  object(reply: Reply): Record<string, unknown>;
}

const running: WoofedSimulator[] = [];

export async function startTestServer(options: WoofedSimulatorOptions = {}): Promise<WoofedTestServer> {
  const clock = { now: FIXED_NOW };
  const sim = await startWoofedSimulator({ now: () => clock.now, ...options });
  running.push(sim);
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> => {
    const url = `${sim.url}${path.startsWith('/api') ? path : `/api/v1/accounts/1${path}`}`;
    const json: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
    const init: RequestInit = {
      method,
      headers: { authorization: `Bearer ${sim.token}`, accept: 'application/json', ...json, ...headers },
    };
    if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
    const response = await fetch(url, init);
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, contentType: response.headers.get('content-type'), text, body: parsed };
  };
  const object = (reply: Reply): Record<string, unknown> => {
    if (typeof reply.body !== 'object' || reply.body === null || Array.isArray(reply.body)) {
      throw new Error(`expected a JSON object, got ${reply.status} ${reply.text.slice(0, 200)}`);
    }
    return reply.body as Record<string, unknown>;
  };
  return { sim, clock, call, object };
}

/** Call from afterEach: closes every simulator the test started, then fails on a fault armed but never consumed. */
export async function closeTestServers(): Promise<void> {
  const started = running.splice(0);
  await closeSimulators(Object.fromEntries(started.map((sim, index) => [`WoofedCRM #${index + 1}`, sim])));
}
