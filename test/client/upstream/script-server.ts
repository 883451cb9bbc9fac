import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedReply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering (for timeout tests). */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path with the query string, exactly as received. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ScriptServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export const json = (status: number, value: unknown, type = 'application/json'): ScriptedReply => ({
  status,
  headers: { 'content-type': type },
  body: JSON.stringify(value),
});

/** Kommo's ban page (reference §7): nginx's own 403 page. */
export const KOMMO_BAN_PAGE =
  '<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

export const html = (status: number, body = '<html><body><h1>nginx</h1></body></html>'): ScriptedReply => ({
  status,
  headers: { 'content-type': 'text/html' },
  body,
});

/**
 * A real HTTP server on an ephemeral port that answers request n with `replies[n]` (the last
 * reply repeats) and records every request.
 */
export async function startScriptServer(replies: ScriptedReply[]): Promise<ScriptServer> {
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const reply = replies[Math.min(requests.length, replies.length - 1)] ?? { status: 500 };
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const send = (): void => {
        res.writeHead(reply.status, reply.headers);
        res.end(reply.body);
      };
      if (!reply.delayMs) return send();
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) send();
      }, reply.delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A port that refuses connections: bound once, then released. */
export async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
