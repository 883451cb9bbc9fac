import type { KommoSimulator } from '../../../src/demo/kommo';

export interface Reply {
  status: number;
  contentType: string | null;
  text: string;
  /** Parsed body (undefined when empty or not JSON). */
  body: unknown;
}

/** GET `path` (with query) from the simulator; `token: null` sends no Authorization header. */
export async function get(sim: KommoSimulator, path: string, token: string | null = sim.token): Promise<Reply> {
  const response = await fetch(`${sim.url}${path}`, {
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type'), text, body };
}

export type Json = Record<string, unknown>;

/** `body._embedded[key]` as records (throws on another shape, failing the test). */
export function embedded(reply: Reply, key: string): Json[] {
  const body = reply.body as { _embedded?: Record<string, unknown> } | undefined;
  const list = body?._embedded?.[key];
  if (!Array.isArray(list)) throw new Error(`no _embedded.${key} in ${reply.status} ${reply.text.slice(0, 200)}`);
  return list as Json[];
}

export function ids(reply: Reply, key: string): unknown[] {
  return embedded(reply, key).map((item) => item.id);
}

/** Every page of a list until 204, with the given page size. */
export async function all(sim: KommoSimulator, path: string, key: string, limit = 250): Promise<Json[]> {
  const out: Json[] = [];
  const separator = path.includes('?') ? '&' : '?';
  for (let page = 1; page < 100; page += 1) {
    const reply = await get(sim, `${path}${separator}limit=${limit}&page=${page}`);
    if (reply.status === 204) return out;
    out.push(...embedded(reply, key));
  }
  throw new Error('too many pages');
}
