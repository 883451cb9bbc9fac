import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';

/** What the bench's reference gateways share: a raw Kommo row, their one GET, and their HTTP endpoint. */
export type Row = Record<string, unknown> & { id: number | string };

/** `_embedded[key]` of `GET origin + path`, `[]` for 204; no checks, no retries. */
export type KommoGet = (path: string, key: string) => Promise<Row[]>;

export function kommoGet(origin: string, token: string): KommoGet {
  return async (path, key) => {
    const res = await request(origin + path, { headers: { authorization: `Bearer ${token}` } });
    if (res.statusCode === 204) return (await res.body.dump(), []);
    const body = (await res.body.json()) as { _embedded: Record<string, Row[]> };
    return body._embedded[key] ?? [];
  };
}

/** An event's `entity_type` → the list its record is read from (customers have none here). */
export const ENTITY_PATHS: Readonly<Record<string, string>> = {
  lead: 'leads',
  contact: 'contacts',
  company: 'companies',
  task: 'tasks',
};

/** `filter[id][]=…&limit=250&with=contacts`: how both reference gateways read records by id. */
export const recordsPath = (entity: string, ids: readonly string[]): string =>
  `/api/v4/${entity}?${ids.map((id) => `filter[id][]=${id}`).join('&')}&limit=250&with=contacts`;

export interface ReferenceGateway {
  url: string;
  close(): Promise<void>;
}

/** POST /graphql on an ephemeral port: `answer` gets the request's query and variables and returns the JSON body. */
export async function serveGraphQL(
  answer: (query: string, variables: Record<string, unknown> | null) => Promise<unknown>,
): Promise<ReferenceGateway> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      answer(query, variables ?? null)
        .then((result) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)))
        .catch(() => res.writeHead(500).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
