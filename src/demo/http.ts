/**
 * Minimal HTTP plumbing shared by the embedded simulators (node:http, no framework), so that
 * they behave like real servers over real sockets: tests and `npm start` talk to them over TCP.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SimRequest {
  method: string;
  /** Path without the query string, e.g. `/api/v4/events`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Raw body text ('' when none). */
  body: string;
}

export interface SimResponse {
  status: number;
  /** Serialised as JSON unless `raw` is set; omitted entirely for 204. */
  json?: unknown;
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** Called once the answer is encoded and handed to the socket (not when the client went away). */
  onWritten?: () => void;
}

export type SimHandler = (req: SimRequest) => Promise<SimResponse> | SimResponse;

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Starts `handler` on 127.0.0.1 (port 0 = ephemeral unless given). */
export async function listen(handler: SimHandler, port = 0): Promise<RunningServer> {
  const server = createServer((req, res) => {
    void handle(handler, req, res);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function handle(handler: SimHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let response: SimResponse;
  try {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://simulator.local');
    response = await handler({
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
    });
  } catch {
    response = {
      status: 500,
      raw: '<html><body><h1>500 Internal Server Error</h1></body></html>',
      contentType: 'text/html',
    };
  }
  if (res.destroyed) return;
  writeResponse(res, response);
}

function writeResponse(res: ServerResponse, response: SimResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  let payload = '';
  if (response.status !== 204) {
    if (response.raw !== undefined) {
      payload = response.raw;
      headers['content-type'] = response.contentType ?? 'text/plain';
    } else if (response.json !== undefined) {
      payload = JSON.stringify(response.json);
      headers['content-type'] = response.contentType ?? 'application/json';
    }
  }
  res.writeHead(response.status, headers);
  res.end(payload);
  response.onWritten?.();
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The request headers a simulator records for tests (`traceparent`, `content-type`, …), without
 * `authorization`: recorded requests end up in test output, and a token must never.
 */
export function recordedHeaders(headers: IncomingMessage['headers']): Readonly<Record<string, string>> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name !== 'authorization' && value !== undefined) kept[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return kept;
}

/** The bearer token of a request, or undefined. */
export function bearerToken(req: SimRequest): string | undefined {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const parts = header.trim().split(/\s+/);
  return parts.length === 2 && parts[0]?.toLowerCase() === 'bearer' ? parts[1] : undefined;
}

/** Resolves after `ms` (no timer when 0). */
export function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** Deterministic PRNG (mulberry32) for seeded demo data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
